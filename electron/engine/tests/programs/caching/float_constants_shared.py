# equal float literals in one file are one object; computed floats are new
a = 3.14
b = 3.14
print(a is b)
c = float('3.14')
print(a is c, a == c)
d = 1.57 * 2
print(d == a, d is a)
