# test_gc.py GCTests.test_instance: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_instance():

    class A:
        pass
    a = A()
    a.a = a
    gc.collect()
    del a
    print(gc.collect())
test_instance()
