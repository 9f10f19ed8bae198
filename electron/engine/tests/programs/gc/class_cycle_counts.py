# a deleted class is a cycle: type, dict, mro, descriptors, methods, counted by gc.collect()
import gc
gc.collect()
class A:
    pass
del A
print(gc.collect())
class B:
    def m(self):
        pass
del B
print(gc.collect())
class C:
    x = [1]
    def m(self):
        pass
    def n(self):
        pass
del C
print(gc.collect())
class D:
    __slots__ = ('a', 'b')
del D
print(gc.collect())
class E:
    __slots__ = ()
del E
print(gc.collect())
class F(Exception):
    pass
del F
print(gc.collect())
