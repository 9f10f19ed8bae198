# del removes the name, not the object held elsewhere
a = [1, 2]
b = a
del a
print(b)
print(b)
