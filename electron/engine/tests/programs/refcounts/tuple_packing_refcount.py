# packing names into a tuple adds one reference per slot
import sys
a = [1]
b = [2]
t = a, b, a
print(sys.getrefcount(a), sys.getrefcount(b))
x, y, z = t
print(sys.getrefcount(a), sys.getrefcount(b))
del t
print(sys.getrefcount(a), sys.getrefcount(b))
