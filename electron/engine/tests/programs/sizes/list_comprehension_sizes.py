# comprehensions grow by appending, so they over-allocate
import sys
for n in [0, 1, 4, 5, 9, 10, 20, 33]:
    print(n, sys.getsizeof([i for i in range(n)]))
