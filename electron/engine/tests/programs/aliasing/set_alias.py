# sets alias just like lists
s = {1, 2}
t = s
t.add(3)
print(sorted(s))
t = t | {4}
print(sorted(s), sorted(t))
