# sizes of powers of two across digit boundaries
import sys
for e in range(0, 200, 15):
    print(e, sys.getsizeof(2 ** e), sys.getsizeof(-(2 ** e)))
