# a mutable class attribute is shared by every instance until one rebinds it
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
b = Bag()
c = Bag()
b.add(1)
c.add(2)
print(Bag.items, b.items is c.items)
c.items = []
c.add(3)
print(Bag.items, c.items)
