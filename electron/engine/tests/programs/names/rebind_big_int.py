# big ints are immutable: += makes a new object, the alias keeps the old one
x = 10 ** 20
y = x
x += 1
print(x, y, x is y, x == y + 1)
