# a temporary passed straight to getrefcount has only the call's references
import sys
print(sys.getrefcount([]))
print(sys.getrefcount([1, 2][:]))
x = [[5]]
print(sys.getrefcount(x[0]))
print(sys.getrefcount({'a': []}['a']))
