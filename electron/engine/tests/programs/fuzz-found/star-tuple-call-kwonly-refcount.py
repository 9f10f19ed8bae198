# refcount of a keyword-only argument inside a call made with *(...) and a keyword (found by the fuzzer: seed 1, program 12, shrunk)
import sys, gc, copy, weakref
class C1:
    def __init__(self, tag):
        self.link = None
def f1(p0, *args, k1):
    print('f1', 'k1', sys.getrefcount(k1))
h = {8}
a = f1(*(h, copy.copy(h), h,), k1=C1(1))
