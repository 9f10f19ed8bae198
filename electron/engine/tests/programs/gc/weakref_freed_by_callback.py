# a weakref whose callback drops the last reference to it counts as freed by the collector
import gc, weakref
gc.collect()
class Node:
    pass
holder = {}
n = Node()
n.me = n
def cb(r):
    del holder['w']
holder['w'] = weakref.ref(n, cb)
del n
print(gc.collect())
print(holder)
