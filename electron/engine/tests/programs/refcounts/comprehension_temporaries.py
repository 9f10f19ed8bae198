# a finished comprehension leaves no extra references
import sys
x = [0]
ys = [x for i in range(4)]
print(sys.getrefcount(x))
ys = [[x] for i in range(2)]
print(sys.getrefcount(x))
ys = None
print(sys.getrefcount(x))
