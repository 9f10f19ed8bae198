# __slots__ instances are smaller than instances with a __dict__
import sys
class WithDict:
    def __init__(self):
        self.x = 1
        self.y = 2
class WithSlots:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
        self.y = 2
class Empty:
    pass
class OneSlot:
    __slots__ = ['a']
print(sys.getsizeof(WithDict()))
print(sys.getsizeof(WithSlots()))
print(sys.getsizeof(Empty()))
print(sys.getsizeof(OneSlot()))
