# getsizeof is shallow: the size of a list does not include its elements
import sys
a = [0, 0, 0]
b = [[1] * 1000, [2] * 1000, [3] * 1000]
print(sys.getsizeof(a) == sys.getsizeof(b))
print(sys.getsizeof('x' * 1000) > sys.getsizeof(['x' * 1000]))
