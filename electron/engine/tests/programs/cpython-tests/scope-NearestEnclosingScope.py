# test_scope.py ScopeTests.testNearestEnclosingScope: the test body as a function, printing what it asserts
import sys, gc, weakref
def testNearestEnclosingScope():

    def f(x):

        def g(y):
            x = 42

            def h(z):
                return x + z
            return h
        return g(2)
    test_func = f(10)
    print(test_func(5))
testNearestEnclosingScope()
