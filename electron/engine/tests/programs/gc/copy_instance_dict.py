# copy.copy of an instance gives the copy a real __dict__ object, which the collector counts
import gc, copy
gc.collect()
class P:
    pass
a = P()
a.x = 1
b = copy.copy(a)
b.me = b
del b
print(gc.collect())
a.me = a
del a
print(gc.collect())
