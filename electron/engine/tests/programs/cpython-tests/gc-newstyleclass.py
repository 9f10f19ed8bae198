# test_gc.py GCTests.test_newstyleclass: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_newstyleclass():

    class A(object):
        pass
    gc.collect()
    del A
    print(gc.collect())
test_newstyleclass()
