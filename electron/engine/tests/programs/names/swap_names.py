# swapping rebinds names; objects are not copied
x = [1]
y = [2]
x, y = y, x
print(x, y)
x.append(3)
print(x, y)
