# test_scope.py ScopeTests.testNestedNonLocal: the test body as a function, printing what it asserts
import sys, gc, weakref
def testNestedNonLocal():

    def f(x):

        def g():
            nonlocal x
            x -= 2

            def h():
                nonlocal x
                x += 4
                return x
            return h
        return g
    g = f(1)
    h = g()
    print(h())
testNestedNonLocal()
