# a class object is a heap type (920) plus, when its instances have a __dict__, the shared keys table (768)
import sys
class Plain:
    pass
class Slotted:
    __slots__ = ('a', 'b')
class Empty:
    __slots__ = ()
class WithDictSlot:
    __slots__ = ('__dict__',)
class Child(Plain):
    pass
class SlottedChild(Slotted):
    __slots__ = ('c',)
class Err(Exception):
    pass
class Methods:
    def a(self):
        pass
    def b(self):
        pass
for c in (Plain, Slotted, Empty, WithDictSlot, Child, SlottedChild, Err, Methods):
    print(c.__name__, sys.getsizeof(c))
p = Plain()
for i in range(40):
    setattr(p, 'attr%d' % i, i)
print('after 40 attributes', sys.getsizeof(Plain))
print('builtin types', sys.getsizeof(int), sys.getsizeof(list), sys.getsizeof(object), sys.getsizeof(ValueError))
