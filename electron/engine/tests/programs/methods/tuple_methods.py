# tuple index and count
t = (1, 2, 2, 3, 2)
print(t.index(2), t.count(2), t.index(3), len(t))
print(t + (4,), t * 2, t[1:3])
