# int('1000') is a new object, not the file's constant 1000
a = 1000
b = int('1000')
print(a == b, a is b)
c = int('1000')
print(b is c)
