# a set of instances with a user __hash__ is laid out, and so iterated, by that hash
class P:
    def __init__(self, h, name):
        self.h = h
        self.name = name
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self is other
items = [P(5, 'five'), P(1, 'one'), P(3, 'three'), P(9, 'nine'), P(2, 'two'), P(13, 'thirteen')]
print([p.name for p in set(items)])
s = set()
for p in reversed(items):
    s.add(p)
print([p.name for p in s])
d = {p: p.name for p in items}
print(list(d.values()))
print([p.name for p in frozenset(items)])
