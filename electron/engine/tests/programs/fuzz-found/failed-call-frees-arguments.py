# a call that fails with TypeError frees its argument objects before the handler runs (found by the fuzzer: seed 1, program 108, shrunk)
import sys, gc, copy, weakref
class C0:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del C0', self.tag)
def f0(p0, p1, *args, k2=[]):
    return [p0, p1, k2]
def f1(p0='d', *, k1=0, k2='d', **kw):
    return [p0, k1, k2]
g = f0(C0(1), int('1') / 7, lambda y: y + 3)
d = g
c = C0(1)
h = f1(p0=weakref.ref(c), k1=c, x1=c)
try:
    f1([], h, k2=h, x2=c, x1={'k0': 3})
except TypeError as error:
    print(error)
del h
del d, c
print(gc.collect())
