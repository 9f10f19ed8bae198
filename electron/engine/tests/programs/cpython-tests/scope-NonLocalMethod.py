# test_scope.py ScopeTests.testNonLocalMethod: the test body as a function, printing what it asserts
import sys, gc, weakref
def testNonLocalMethod():

    def f(x):

        class c:

            def inc(self):
                nonlocal x
                x += 1
                return x

            def dec(self):
                nonlocal x
                x -= 1
                return x
        return c()
    c = f(0)
    print(c.inc())
    print(c.inc())
    print(c.dec())
    print(c.dec())
testNonLocalMethod()
