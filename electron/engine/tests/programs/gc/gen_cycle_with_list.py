# a generator suspended in a cycle with a list: closing frees the generator, the list is collected
import gc
gc.collect()
def gen(box):
    yield 1
box = []
g = gen(box)
next(g)
box.append(g)
box.append(box)
del g, box
print(gc.collect())
