# test_gc.py GCTests.test_class: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_class():

    class A:
        pass
    A.a = A
    gc.collect()
    del A
    print(gc.collect())
test_class()
