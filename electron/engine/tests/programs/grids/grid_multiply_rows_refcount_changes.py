# refcount of a row as the outer list grows by repetition
import sys
row = [1]
print(sys.getrefcount(row))
g = [row] * 4
print(sys.getrefcount(row))
g = g * 2
print(sys.getrefcount(row))
g = []
print(sys.getrefcount(row))
