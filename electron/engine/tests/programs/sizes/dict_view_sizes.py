# dict views are 40 bytes whatever the dict holds
import sys
d = {i: str(i) for i in range(100)}
print(sys.getsizeof(d.keys()), sys.getsizeof(d.values()), sys.getsizeof(d.items()))
print(sys.getsizeof({}.keys()))
