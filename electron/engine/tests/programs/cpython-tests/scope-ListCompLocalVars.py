# test_scope.py ScopeTests.testListCompLocalVars: the test body as a function, printing what it asserts
import sys, gc, weakref
def testListCompLocalVars():
    try:
        print(bad)
    except NameError:
        pass
    else:
        print('bad should not be defined')

    def x():
        [bad for s in 'a b' for bad in s.split()]
    x()
    try:
        print(bad)
    except NameError:
        pass
testListCompLocalVars()
