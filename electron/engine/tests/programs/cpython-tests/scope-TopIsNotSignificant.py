# test_scope.py ScopeTests.testTopIsNotSignificant: the test body as a function, printing what it asserts
import sys, gc, weakref
def testTopIsNotSignificant():

    def top(a):
        pass

    def b():
        global a
testTopIsNotSignificant()
