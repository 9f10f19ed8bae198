# copy.copy of various types
import copy
a = [1, [2]]
b = copy.copy(a)
print(b, b is a, b[1] is a[1])
t = (1, [2])
u = copy.copy(t)
print(u is t)
d = {'k': [1]}
e = copy.copy(d)
print(e, e is d, e['k'] is d['k'])
