# test_scope.py ScopeTests.testRecursion: the test body as a function, printing what it asserts
import sys, gc, weakref
def testRecursion():

    def f(x):

        def fact(n):
            if n == 0:
                return 1
            else:
                return n * fact(n - 1)
        if x >= 0:
            return fact(x)
        else:
            raise ValueError('x must be >= 0')
    print(f(6))
testRecursion()
