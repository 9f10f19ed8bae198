# reprs of range, dict views and enumerate results
print(range(5), range(1, 10, 2), range(0))
d = {'a': 1}
print(d.keys(), d.values(), d.items())
print(list(enumerate('xy')))
