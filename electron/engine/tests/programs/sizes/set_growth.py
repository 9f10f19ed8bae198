# a set's size jumps as it resizes
import sys
s = set()
print(0, sys.getsizeof(s))
for i in range(40):
    s.add(i)
    print(len(s), sys.getsizeof(s))
