# which TypeError a call with too many positionals and a clashing keyword raises (found by the fuzzer: seed 1, program 34, shrunk)
import sys, gc, copy, weakref
class C0:
    def __init__(self, tag):
        self.link = None
def f1(p0=(), p1={}, p2=None):
    return [p0, p1, p2]
a = C0(1)
b = ([], )
try:
    f1(*[b, a, copy.copy(a), dict(n0=b, n1=a)], p2=a)
except TypeError as error:
    print(error)
