# test_scope.py ScopeTests.testUnboundLocal: the test body as a function, printing what it asserts
import sys, gc, weakref
def testUnboundLocal():

    def errorInOuter():
        print(y)

        def inner():
            return y
        y = 1

    def errorInInner():

        def inner():
            return y
        inner()
        y = 1
    try:
        errorInOuter()
        print('no exception')
    except UnboundLocalError as error:
        print(type(error).__name__)
    try:
        errorInInner()
        print('no exception')
    except NameError as error:
        print(type(error).__name__)
testUnboundLocal()
