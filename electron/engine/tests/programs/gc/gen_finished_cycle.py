# a finished generator holds no frame; a list holding it and itself is the only cycle
import gc
gc.collect()
def gen():
    yield 1
g = gen()
for _ in g:
    pass
box = [g]
box.append(box)
del g, box
print(gc.collect())
