# test_weakref.py ReferencesTestCase.test_ref_created_during_del: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_ref_created_during_del():

    class Target(object):

        def __del__(self):
            global ref_from_del
            ref_from_del = weakref.ref(self)
    w = Target()
test_ref_created_during_del()
