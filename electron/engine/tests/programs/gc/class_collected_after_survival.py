# a class that survived one collection lost its (object,) bases tuple from tracking
import gc
gc.collect()
class A:
    pass
gc.collect()
del A
print(gc.collect())
class B(Exception):
    pass
gc.collect()
del B
print(gc.collect())
