# test_scope.py ScopeTests.testCellIsKwonlyArg: the test body as a function, printing what it asserts
import sys, gc, weakref
def testCellIsKwonlyArg():

    def foo(*, a=17):

        def bar():
            return a + 5
        return bar() + 3
    print(foo(a=42))
    print(foo())
testCellIsKwonlyArg()
