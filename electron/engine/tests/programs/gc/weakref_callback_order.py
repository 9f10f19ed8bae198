# callbacks of weakrefs to cyclic garbage run newest first, object by object
import gc, weakref
gc.collect()
class Node:
    pass
a = Node()
b = Node()
a.other = b
b.other = a
wa1 = weakref.ref(a, lambda r: print('a1'))
wa2 = weakref.ref(a, lambda r: print('a2'))
wb1 = weakref.ref(b, lambda r: print('b1'))
wb2 = weakref.ref(b, lambda r: print('b2'))
plain = weakref.ref(a)
wa3 = weakref.ref(a, lambda r: print('a3'))
del a, b
print(gc.collect())
print(plain() is None, wa1() is None)
