# a default value is held by the function
import sys
shared = [0]
print(sys.getrefcount(shared))
def f(x=shared):
    return x
print(sys.getrefcount(shared))
def g(a=shared, b=shared):
    return a
print(sys.getrefcount(shared))
r = f()
print(sys.getrefcount(shared))
