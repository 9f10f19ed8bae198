# in-place methods return None, a common bug
a = [3, 1, 2]
b = a.sort()
print(b, a)
c = sorted(a).append(0)
print(c)
