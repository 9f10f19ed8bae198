# sys.getsizeof of an instance of a slotted subclass of a plain class (found by the fuzzer: seed 1, program 5, shrunk)
import sys, gc, copy, weakref
class C0:
    def __init__(self, tag):
        self.link = None
class C1(C0):
    __slots__ = ('extra',)
c = C1(1)
print(sys.getsizeof(c))
