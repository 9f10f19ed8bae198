# appending one at a time over-allocates: the size jumps at CPython's growth points
import sys
lst = []
print(0, sys.getsizeof(lst))
for i in range(40):
    lst.append(i)
    print(len(lst), sys.getsizeof(lst))
