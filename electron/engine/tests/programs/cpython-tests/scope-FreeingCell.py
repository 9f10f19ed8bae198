# test_scope.py ScopeTests.testFreeingCell: the test body as a function, printing what it asserts
import sys, gc, weakref
def testFreeingCell():

    class Special:

        def __del__(self):
            nestedcell_get()
testFreeingCell()
