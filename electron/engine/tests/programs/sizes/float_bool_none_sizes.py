# floats, bools and None have fixed sizes
import sys
print(sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float('inf')))
print(sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(None))
