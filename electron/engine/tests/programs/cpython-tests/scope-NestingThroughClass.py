# test_scope.py ScopeTests.testNestingThroughClass: the test body as a function, printing what it asserts
import sys, gc, weakref
def testNestingThroughClass():

    def make_adder5(x):

        class Adder:

            def __call__(self, y):
                return x + y
        return Adder()
    inc = make_adder5(1)
    plus10 = make_adder5(10)
    print(inc(1))
    print(plus10(-2))
testNestingThroughClass()
