# dict aliasing: updates through one name show through the other
d = {'a': 1}
e = d
e['b'] = 2
print(d)
e = {'c': 3}
print(d, e)
