# refcount of a positional argument inside a call made with **{...} (found by the fuzzer: seed 1, program 0, shrunk)
import sys, gc, copy, weakref
def f0(p0, p1, *args, k2, **kw):
    print('f0', 'p1', sys.getrefcount(p1))
h = f0(str(1) + 'x' * 3, {9}, **{'k2': ([], 6), 'x2': 4, 'x1': 't0'})
