# import sys and use its memory functions
import sys
print(sys.getrecursionlimit())
x = [1, 2, 3]
print(sys.getrefcount(x), sys.getsizeof(x))
