# test_scope.py ScopeTests.testSimpleAndRebinding: the test body as a function, printing what it asserts
import sys, gc, weakref
def testSimpleAndRebinding():

    def make_adder3(x):

        def adder(y):
            return x + y
        x = x + 1
        return adder
    inc = make_adder3(0)
    plus10 = make_adder3(9)
    print(inc(1))
    print(plus10(-2))
testSimpleAndRebinding()
