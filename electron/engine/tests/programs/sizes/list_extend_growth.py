# extend and += grow differently from single appends
import sys
a = []
for k in range(8):
    a.extend([0] * k)
    print(len(a), sys.getsizeof(a))
b = []
for k in range(6):
    b += [1, 2, 3]
    print(len(b), sys.getsizeof(b))
