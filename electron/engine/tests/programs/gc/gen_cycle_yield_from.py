# a generator delegating with yield from, in a cycle
import gc
gc.collect()
def inner():
    yield 1
    yield 2
def outer(box):
    yield from inner()
box = []
g = outer(box)
next(g)
box.append(g)
del g, box
print(gc.collect())
