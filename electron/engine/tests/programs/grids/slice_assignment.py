# slice assignment replaces a range in place
a = [0, 1, 2, 3, 4]
b = a
a[1:3] = ['x', 'y', 'z']
print(a, b is a)
a[::2] = [7, 7, 7]
print(a)
del a[1:3]
print(b)
