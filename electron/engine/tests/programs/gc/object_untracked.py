# object() is not tracked by the collector and is 16 bytes; instances of empty classes are
import gc, sys
o = object()
print(gc.is_tracked(o), sys.getsizeof(o))
class E:
    pass
e = E()
print(gc.is_tracked(e), sys.getsizeof(e))
class S:
    __slots__ = ()
s = S()
print(gc.is_tracked(s), sys.getsizeof(s))
l = [object(), object()]
l.append(l)
del l
gc.collect()
l = [object()]
l.append(l)
del l
print(gc.collect())
