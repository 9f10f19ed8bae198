# a suspended generator in a cycle, inside try/finally: the finally runs at collection
import gc
gc.collect()
def gen():
    me = yield 1
    try:
        yield me
    finally:
        print('finally runs')
g = gen()
next(g)
g.send(g)
del g
print('collecting')
print(gc.collect())
