# a generator expression holds an iterator over its source list
import sys
src = [1, 2, 3]
print(sys.getrefcount(src))
g = (x for x in src)
print(sys.getrefcount(src))
print(next(g))
print(sys.getrefcount(src))
g = None
print(sys.getrefcount(src))
