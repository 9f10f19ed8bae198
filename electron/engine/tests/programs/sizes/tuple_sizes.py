# tuples: fixed header plus 8 bytes per slot
import sys
print(sys.getsizeof(()))
print(sys.getsizeof((1,)))
print(sys.getsizeof((1, 2)))
print(sys.getsizeof(tuple(range(10))))
print(sys.getsizeof((None,) * 100))
