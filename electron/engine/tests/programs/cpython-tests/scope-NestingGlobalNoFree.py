# test_scope.py ScopeTests.testNestingGlobalNoFree: the test body as a function, printing what it asserts
import sys, gc, weakref
def testNestingGlobalNoFree():

    def make_adder4():

        def nest():

            def nest():

                def adder(y):
                    return global_x + y
                return adder
            return nest()
        return nest()
    global_x = 1
    adder = make_adder4()
    print(adder(1))
    global_x = 10
    print(adder(-2))
testNestingGlobalNoFree()
