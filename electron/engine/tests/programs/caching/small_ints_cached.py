# ints -5..256 are cached: computed values are the very same objects
a = 256
b = int('256')
print(a is b)
c = 257
d = int('257')
print(c is d, c == d)
e = -5
f = int('-5')
print(e is f)
g = -6
h = int('-6')
print(g is h)
