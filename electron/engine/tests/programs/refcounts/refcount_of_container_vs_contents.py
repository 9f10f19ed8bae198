# the container's count and its items' counts are independent
import sys
a = [[], []]
b = a[0]
print(sys.getrefcount(a), sys.getrefcount(a[0]), sys.getrefcount(a[1]))
c = a
print(sys.getrefcount(a), sys.getrefcount(b))
