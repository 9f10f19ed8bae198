# each active frame holding the object adds a reference
import sys
def outer(x):
    print('outer', sys.getrefcount(x))
    inner(x)
    print('outer again', sys.getrefcount(x))
def inner(y):
    z = y
    print('inner', sys.getrefcount(y))
outer([0])
lst = [0]
outer(lst)
