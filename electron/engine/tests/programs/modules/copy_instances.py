# copying instances: shallow shares attribute values, deep copies them
import copy
class Box:
    def __init__(self, items):
        self.items = items
b = Box([1, 2])
s = copy.copy(b)
dd = copy.deepcopy(b)
print(s is b, s.items is b.items, dd.items is b.items, dd.items == b.items)
b.items.append(3)
print(s.items, dd.items)
