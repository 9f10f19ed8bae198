# a weak reference returns None once the object is freed
import weakref
class Obj:
    pass
o = Obj()
w = weakref.ref(o)
print(w() is o)
del o
print(w())
print(w() is None)
