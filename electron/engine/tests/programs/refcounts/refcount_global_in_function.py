# reading a global inside a function does not keep an extra reference afterwards
import sys
g = [1]
def read():
    n = sys.getrefcount(g)
    x = g
    m = sys.getrefcount(g)
    return n, m
print(read())
print(sys.getrefcount(g))
