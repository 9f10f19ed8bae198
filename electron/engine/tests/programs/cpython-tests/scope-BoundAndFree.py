# test_scope.py ScopeTests.testBoundAndFree: the test body as a function, printing what it asserts
import sys, gc, weakref
def testBoundAndFree():

    def f(x):

        class C:

            def m(self):
                return x
            a = x
        return C
    inst = f(3)()
    print(inst.a)
testBoundAndFree()
