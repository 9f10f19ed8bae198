# empty tuples are shared; empty lists are always new
a = ()
b = tuple([])
print(a is b)
c = []
d = []
print(c is d)
e = tuple()
print(e is a)
