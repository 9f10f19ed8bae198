# sys.getsizeof of ints grows by 4 bytes per 30-bit digit
import sys
for n in [0, 1, 255, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 90, 10 ** 100, -1, -(2 ** 64)]:
    print(n, sys.getsizeof(n))
