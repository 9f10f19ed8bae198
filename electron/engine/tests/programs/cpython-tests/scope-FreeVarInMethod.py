# test_scope.py ScopeTests.testFreeVarInMethod: the test body as a function, printing what it asserts
import sys, gc, weakref
def testFreeVarInMethod():

    def test():
        method_and_var = 'var'

        class Test:

            def method_and_var(self):
                return 'method'

            def test(self):
                return method_and_var

            def actual_global(self):
                return str('global')

            def str(self):
                return str(self)
        return Test()
    t = test()
    print(t.test())
    print(t.method_and_var())
    print(t.actual_global())
    method_and_var = 'var'

    class Test:

        def method_and_var(self):
            return 'method'

        def test(self):
            return method_and_var

        def actual_global(self):
            return str('global')

        def str(self):
            return str(self)
    t = Test()
    print(t.test())
    print(t.method_and_var())
    print(t.actual_global())
testFreeVarInMethod()
