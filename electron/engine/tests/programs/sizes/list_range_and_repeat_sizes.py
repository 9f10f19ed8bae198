# list(range(n)) and [0] * n sizes
import sys
for n in [0, 1, 2, 5, 10, 17, 100]:
    print(n, sys.getsizeof(list(range(n))), sys.getsizeof([0] * n))
