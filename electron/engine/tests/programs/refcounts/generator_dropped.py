# dropping a suspended generator releases its frame's references
import sys
def gen(x):
    yield x
    yield x
obj = [0]
g = gen(obj)
next(g)
print(sys.getrefcount(obj))
g = None
print(sys.getrefcount(obj))
