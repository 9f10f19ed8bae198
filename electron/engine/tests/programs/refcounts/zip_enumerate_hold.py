# zip and enumerate iterators hold their sources while running
import sys
a = [[1], [2]]
b = [[3], [4]]
for i, (x, y) in enumerate(zip(a, b)):
    print(i, sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(x))
print(sys.getrefcount(a), sys.getrefcount(b))
