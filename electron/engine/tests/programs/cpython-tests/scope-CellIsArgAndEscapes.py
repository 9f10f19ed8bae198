# test_scope.py ScopeTests.testCellIsArgAndEscapes: the test body as a function, printing what it asserts
import sys, gc, weakref
def testCellIsArgAndEscapes():

    def external():
        value = 42

        def inner():
            return value
        cell, = inner.__closure__
        return cell
    cell_ext = external()

    def spam(arg):

        def eggs():
            return arg
        return eggs
    eggs = spam(cell_ext)
    cell_closure, = eggs.__closure__
    cell_eggs = eggs()
    print(cell_eggs is cell_ext)
    print(cell_eggs is cell_closure)
testCellIsArgAndEscapes()
