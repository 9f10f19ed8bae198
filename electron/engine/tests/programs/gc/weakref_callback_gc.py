# a weakref callback for cyclic garbage runs during gc.collect()
import gc
import weakref
gc.collect()
class Obj:
    pass
o = Obj()
o.me = o
w = weakref.ref(o, lambda r: print('callback'))
del o
print('alive?', w() is not None)
print(gc.collect())
print('alive?', w() is not None)
