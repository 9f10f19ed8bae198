# instance sizes: 16-byte header, 8 per slot, a __weakref__ slot, the GC header, the managed dict's two pointers
import sys
class Plain:
    pass
class Slots:
    __slots__ = ('a', 'b', 'c')
class SlotsWeak:
    __slots__ = ('a', '__weakref__')
class SlotsDict:
    __slots__ = ('__dict__',)
class SlotsBoth:
    __slots__ = ('x', '__dict__', '__weakref__')
class PlainPlusSlot(Plain):
    __slots__ = ('q',)
class SlotsThenPlain(Slots):
    pass
class SlotsThenSlots(Slots):
    __slots__ = ('d',)
for c in (Plain, Slots, SlotsWeak, SlotsDict, SlotsBoth, PlainPlusSlot, SlotsThenPlain, SlotsThenSlots):
    print(c.__name__, sys.getsizeof(c()))
print('object()', sys.getsizeof(object()))
s = Slots()
s.a = [1] * 100
print('slots hold references only', sys.getsizeof(s))
