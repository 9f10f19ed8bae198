# test_scope.py ScopeTests.testNonLocalFunction: the test body as a function, printing what it asserts
import sys, gc, weakref
def testNonLocalFunction():

    def f(x):

        def inc():
            nonlocal x
            x += 1
            return x

        def dec():
            nonlocal x
            x -= 1
            return x
        return (inc, dec)
    inc, dec = f(0)
    print(inc())
    print(inc())
    print(dec())
    print(dec())
testNonLocalFunction()
