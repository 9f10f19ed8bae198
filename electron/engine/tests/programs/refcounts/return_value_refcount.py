# a returned object is handed to the caller without extra references
import sys
def make():
    local = [1, 2]
    return local
r = make()
print(sys.getrefcount(r))
def passthrough(x):
    return x
r2 = passthrough(r)
print(sys.getrefcount(r))
