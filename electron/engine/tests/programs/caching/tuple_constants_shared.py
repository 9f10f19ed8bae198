# constant tuples in one file are shared; built tuples are new
a = (1, 2, 3)
b = (1, 2, 3)
print(a is b)
c = tuple([1, 2, 3])
print(a == c, a is c)
