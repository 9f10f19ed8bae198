# test_scope.py ScopeTests.testNonLocalGenerator: the test body as a function, printing what it asserts
import sys, gc, weakref
def testNonLocalGenerator():

    def f(x):

        def g(y):
            nonlocal x
            for i in range(y):
                x += 1
                yield x
        return g
    g = f(0)
    print(list(g(5)))
testNonLocalGenerator()
