# test_weakref.py ReferencesTestCase.test_sf_bug_840829: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_sf_bug_840829():
    import gc

    class C(object):
        pass
    c = C()
    wr = weakref.ref(c, lambda ignore: gc.collect())
    del c
    del wr
    c1 = C()
    c1.i = C()
    wr = weakref.ref(c1.i, lambda ignore: gc.collect())
    c2 = C()
    c2.c1 = c1
    del c1
    del c2
test_sf_bug_840829()
