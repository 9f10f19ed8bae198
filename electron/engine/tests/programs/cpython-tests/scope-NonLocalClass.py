# test_scope.py ScopeTests.testNonLocalClass: the test body as a function, printing what it asserts
import sys, gc, weakref
def testNonLocalClass():

    def f(x):

        class c:
            nonlocal x
            x += 1

            def get(self):
                return x
        return c()
    c = f(0)
    print(c.get())
    print('x')
testNonLocalClass()
