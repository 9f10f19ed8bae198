# a weakref callback runs when the referent is freed
import weakref
class Obj:
    pass
def gone(ref):
    print('callback: dead?', ref() is None)
o = Obj()
w = weakref.ref(o, gone)
print('deleting')
del o
print('deleted')
