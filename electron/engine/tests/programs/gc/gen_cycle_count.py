# a suspended generator in a cycle is closed by its finalizer, so the collector has nothing left to count
import gc
gc.collect()
def gen():
    me = yield 1
    yield me
g = gen()
next(g)
g.send(g)
del g
print(gc.collect())
