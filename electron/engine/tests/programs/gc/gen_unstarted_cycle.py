# an unstarted generator whose argument refers back to it
import gc
gc.collect()
def gen(box):
    yield 1
box = []
g = gen(box)
box.append(g)
del g, box
print(gc.collect())
