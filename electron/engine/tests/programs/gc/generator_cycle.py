# a suspended generator whose frame refers back to itself survives del until gc.collect()
import gc
import weakref
gc.collect()
def gen():
    me = yield 1
    yield me
g = gen()
next(g)
g.send(g)
w = weakref.ref(g)
del g
print('alive after del', w() is not None)
gc.collect()
print('alive after collect', w() is not None)
