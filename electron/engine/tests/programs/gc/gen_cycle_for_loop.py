# a generator suspended inside a for loop, in a cycle through its argument
import gc
gc.collect()
class Box:
    def __del__(self):
        print('box freed')
def walk(box, items):
    for x in items:
        yield x
box = Box()
g = walk(box, [1, 2, 3])
box.gen = g
print(next(g))
del box, g
print('collecting')
print(gc.collect())
