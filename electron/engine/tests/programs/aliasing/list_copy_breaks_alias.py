# slicing, list() and .copy() make new lists with shared elements
a = [[1], [2]]
b = a[:]
c = list(a)
d = a.copy()
print(b is a, c is a, d is a)
print(b[0] is a[0], c[1] is a[1], d[0] is a[0])
b[0].append(99)
print(a, c, d)
b.append([3])
print(len(a), len(b))
