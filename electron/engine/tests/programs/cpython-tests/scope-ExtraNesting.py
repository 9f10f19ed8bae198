# test_scope.py ScopeTests.testExtraNesting: the test body as a function, printing what it asserts
import sys, gc, weakref
def testExtraNesting():

    def make_adder2(x):

        def extra():

            def adder(y):
                return x + y
            return adder
        return extra()
    inc = make_adder2(1)
    plus10 = make_adder2(10)
    print(inc(1))
    print(plus10(-2))
testExtraNesting()
