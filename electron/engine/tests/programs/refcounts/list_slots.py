# every list slot holding the object counts
import sys
x = [1, 2]
holder = [x, x, x]
print(sys.getrefcount(x))
holder.pop()
print(sys.getrefcount(x))
holder[0] = 0
print(sys.getrefcount(x))
holder.clear()
print(sys.getrefcount(x))
