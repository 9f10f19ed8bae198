# extending a list with itself doubles it (the copy happens before growing)
a = [1, 2]
a.extend(a)
print(a)
a += a
print(a)
print(len(a))
