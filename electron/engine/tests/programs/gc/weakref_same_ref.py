# weakref.ref without callback is reused for the same object
import weakref
class Obj:
    pass
o = Obj()
w1 = weakref.ref(o)
w2 = weakref.ref(o)
print(w1 is w2)
print(w1() is w2())
del o
print(w1(), w2())
