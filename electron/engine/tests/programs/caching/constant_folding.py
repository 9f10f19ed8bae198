# 10 ** 3 is folded at compile time into the same constant as 1000
a = 1000
c = 10 ** 3
print(a is c)
d = 2 ** 10
e = 1024
print(d is e)
n = 10
f = n ** 3
print(f is a, f == a)
