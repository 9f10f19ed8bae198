# sizes of the same data as list, tuple and set
import sys
data = list(range(8))
print(sys.getsizeof(data), sys.getsizeof(tuple(data)), sys.getsizeof(set(data)))
print(sys.getsizeof({k: 0 for k in data}))
