# a slice copy is allocated exactly even if the source was over-allocated
import sys
a = []
for i in range(9):
    a.append(i)
b = a[:]
c = a.copy()
print(sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(list(a)))
