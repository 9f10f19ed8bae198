# test_scope.py ScopeTests.testUnboundLocal_AfterDel: the test body as a function, printing what it asserts
import sys, gc, weakref
def testUnboundLocal_AfterDel():

    def errorInOuter():
        y = 1
        del y
        print(y)

        def inner():
            return y

    def errorInInner():

        def inner():
            return y
        y = 1
        del y
        inner()
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
testUnboundLocal_AfterDel()
