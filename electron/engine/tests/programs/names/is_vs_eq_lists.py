# == compares values, is compares identity
a = [1, 2, 3]
b = [1, 2, 3]
c = a
print(a == b, a is b)
print(a == c, a is c)
c.append(4)
print(a, b)
print(a == b, a is c)
