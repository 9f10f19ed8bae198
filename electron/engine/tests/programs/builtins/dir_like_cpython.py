# dir() lists what CPython lists: instance and class dicts along the MRO, builtin types' own names, the module's start-up globals
import sys, gc
print(dir())
class A:
    x = 1
    def m(self): pass
class B(A):
    __slots__ = ('q',)
class E(Exception): pass
a = A()
a.y = 2
print(dir(a))
print(dir(B))
print(dir(B()))
print(dir(E('x')))
print(dir([]))
print(dir(gc))
def f():
    z = 1
    return dir()
print(f())
print(dir(f))
print(dir(1) == dir(int), dir(True) == dir(bool))
