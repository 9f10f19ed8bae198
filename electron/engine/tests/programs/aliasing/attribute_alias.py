# instances holding the same list share it
class Box:
    def __init__(self, items):
        self.items = items
shared = []
b1 = Box(shared)
b2 = Box(shared)
b1.items.append('x')
print(b2.items, b1.items is b2.items)
b2.items = ['new']
print(b1.items, b2.items)
