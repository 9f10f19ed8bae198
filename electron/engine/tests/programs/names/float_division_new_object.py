# x = x / 2 binds x to a brand-new float; the old float stays with its other name
x = 10.0
old = x
x = x / 2
print(x, old, x is old)
print(type(x).__name__, type(old).__name__)
y = 7
z = y / 2
print(z, type(z).__name__)
