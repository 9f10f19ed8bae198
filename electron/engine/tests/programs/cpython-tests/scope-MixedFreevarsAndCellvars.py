# test_scope.py ScopeTests.testMixedFreevarsAndCellvars: the test body as a function, printing what it asserts
import sys, gc, weakref
def testMixedFreevarsAndCellvars():

    def identity(x):
        return x

    def f(x, y, z):

        def g(a, b, c):
            a = a + x

            def h():
                return identity(z * (b + y))
            y = c + z
            return h
        return g
    g = f(1, 2, 3)
    h = g(2, 4, 6)
    print(h())
testMixedFreevarsAndCellvars()
