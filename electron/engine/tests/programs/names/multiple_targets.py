# chained assignment binds every name to the same object
a = b = c = [0]
print(a is b, b is c)
a.append(1)
print(b, c)
b = [9]
print(a, b, c)
