# two weakrefs each freed by its own callback: both count
import gc, weakref
gc.collect()
class Node:
    pass
refs = []
n = Node()
n.me = n
def cb(r):
    refs.remove(r)
refs.append(weakref.ref(n, cb))
refs.append(weakref.ref(n, cb))
del n
print(gc.collect())
print(len(refs))
