# a weak reference to a deleted class: its callback runs when the collector frees the class
import gc, weakref
gc.collect()
class A:
    pass
w = weakref.ref(A, lambda r: print('class gone'))
del A
print('alive', w() is not None)
print(gc.collect())
print('alive', w() is not None)
