# a weak reference does not add to the refcount
import sys
import weakref
class Obj:
    pass
o = Obj()
print(sys.getrefcount(o))
w = weakref.ref(o)
print(sys.getrefcount(o))
print(w() is o)
print(sys.getrefcount(o))
