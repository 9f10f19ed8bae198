# a list containing itself survives del until gc.collect()
import gc
import sys
gc.collect()
a = []
a.append(a)
print(sys.getrefcount(a))
del a
print(gc.collect())
print(gc.collect())
