# test_weakref.py ReferencesTestCase.test_init: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_init():
    r = weakref.ref(Exception)
    try:
        r.__init__(0, 0, 0, 0, 0)
        print('no exception')
    except TypeError as error:
        print(type(error).__name__)
    gc.collect()
test_init()
