# two instances pointing at each other are freed only by gc
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a
print('a deleted')
del b
print('b deleted')
n = gc.collect()
print('collected', n)
