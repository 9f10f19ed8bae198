# **kwargs builds a new dict that holds the values during the call
import sys
def f(**kw):
    return sys.getrefcount(kw['a'])
def g(*args):
    return sys.getrefcount(args[0])
val = [1]
print(f(a=val))
print(g(val, val))
print(sys.getrefcount(val))
