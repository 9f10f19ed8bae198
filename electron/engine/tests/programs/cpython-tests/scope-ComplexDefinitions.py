# test_scope.py ScopeTests.testComplexDefinitions: the test body as a function, printing what it asserts
import sys, gc, weakref
def testComplexDefinitions():

    def makeReturner(*lst):

        def returner():
            return lst
        return returner
    print(makeReturner(1, 2, 3)())

    def makeReturner2(**kwargs):

        def returner():
            return kwargs
        return returner
    print(makeReturner2(a=11)()['a'])
testComplexDefinitions()
