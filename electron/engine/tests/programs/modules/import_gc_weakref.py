# gc and weakref as modules
import gc
import weakref
print(gc.isenabled(), gc.get_threshold())
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a)
a = None
print(r() is None)
