# test_gc.py GCTests.test_dict: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_dict():
    d = {}
    d[1] = d
    gc.collect()
    del d
    print(gc.collect())
test_dict()
