# test_gc.py GCTests.test_tuple: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_tuple():
    l = []
    t = (l,)
    l.append(t)
    gc.collect()
    del t
    del l
    print(gc.collect())
test_tuple()
