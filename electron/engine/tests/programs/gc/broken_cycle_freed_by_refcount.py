# breaking the cycle by hand lets refcounting free it, nothing left for gc
import gc
gc.collect()
class Node:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
a = Node(1)
b = Node(2)
a.peer = b
b.peer = a
a.peer = None
del a
print('a gone?')
del b
print(gc.collect())
