# tuple and list unpacking
a, b = 1, 2
[c, d] = 'xy'
(e, f), g = [3, 4], 5
print(a, b, c, d, e, f, g)
