# test_scope.py ScopeTests.testNestingPlusFreeRefToGlobal: the test body as a function, printing what it asserts
import sys, gc, weakref
def testNestingPlusFreeRefToGlobal():

    def make_adder6(x):
        global global_nest_x

        def adder(y):
            return global_nest_x + y
        global_nest_x = x
        return adder
    inc = make_adder6(1)
    plus10 = make_adder6(10)
    print(inc(1))
    print(plus10(-2))
testNestingPlusFreeRefToGlobal()
