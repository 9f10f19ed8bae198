# unpacking binds names to the same element objects
import sys
p = [[1], [2]]
a, b = p
print(a is p[0], sys.getrefcount(a), sys.getrefcount(p[1]))
first, *rest = p
print(sys.getrefcount(p[1]), rest[0] is b)
