# a dict's size jumps as it resizes
import sys
d = {}
print(0, sys.getsizeof(d))
for i in range(30):
    d[i] = i
    print(len(d), sys.getsizeof(d))
