# a weakref that is itself part of the garbage: its callback does not run
import gc, weakref
gc.collect()
class Node:
    pass
n = Node()
n.w = weakref.ref(n, lambda r: print('never'))
n.me = n
del n
print(gc.collect())
