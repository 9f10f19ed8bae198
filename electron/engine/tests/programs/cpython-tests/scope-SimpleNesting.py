# test_scope.py ScopeTests.testSimpleNesting: the test body as a function, printing what it asserts
import sys, gc, weakref
def testSimpleNesting():

    def make_adder(x):

        def adder(y):
            return x + y
        return adder
    inc = make_adder(1)
    plus10 = make_adder(10)
    print(inc(1))
    print(plus10(-2))
testSimpleNesting()
