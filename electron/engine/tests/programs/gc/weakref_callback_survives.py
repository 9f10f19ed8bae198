# a weakref that survives its callback is not counted
import gc, weakref
gc.collect()
class Node:
    pass
n = Node()
n.me = n
calls = []
w = weakref.ref(n, lambda r: calls.append(r is w))
del n
print(gc.collect())
print(calls)
