# -5 is cached but -6 built at runtime is not
x = 0
a = x - 5
b = x - 5
print(a is b)
c = x - 6
d = x - 6
print(c is d)
