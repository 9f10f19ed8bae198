# print(s) of a str keeps a reference to s in stdout's pending buffer (found by the fuzzer: seed 1, program 50, shrunk)
import sys, gc, copy, weakref
a = '%s:%d' % ('v', int('1'))
print(a)
b = ([], 9, 3)
print(sys.getrefcount(a), sys.getrefcount(b))
