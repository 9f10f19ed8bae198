# add discard remove and set algebra
s = {1, 2, 3}
s.add(4)
s.add(2)
s.discard(10)
s.remove(1)
print(s)
t = {3, 4, 5}
print(s.union(t), s.intersection(t), s.difference(t), t.difference(s))
print(s | t, s & t, s - t, s ^ t)
print(s.issubset({2, 3, 4, 5}), {2, 3} <= s, s.isdisjoint({9}))
