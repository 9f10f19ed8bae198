# test_gc.py GCTests.test_list: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_list():
    l = []
    l.append(l)
    gc.collect()
    del l
    print(gc.collect())
test_list()
