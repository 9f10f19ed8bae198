# with gc disabled, the cycles left at exit are still collected at shutdown, after the globals stop being roots
import gc
gc.disable()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, 'gc enabled:', gc.isenabled())
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
c = Node('c')
c.me = c
keep = Node('keep')
print('end of program')
