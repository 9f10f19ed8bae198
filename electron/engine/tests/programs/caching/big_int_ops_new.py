# every big int result is a new object, even if equal
a = 2 ** 100
b = 2 ** 100
print(a is b)
n = 100
c = 2 ** n
d = 2 ** n
print(c is d, c == d, c == a)
