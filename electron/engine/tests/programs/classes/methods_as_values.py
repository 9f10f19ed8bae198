# bound methods remember their instance
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
a = Acc()
push = a.add
for i in range(3):
    push(i)
print(a.items)
print(Acc.add(a, 'direct') is None, a.items)
