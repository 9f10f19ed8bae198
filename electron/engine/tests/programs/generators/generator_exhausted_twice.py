# a generator can be iterated only once
g = (x * 2 for x in range(3))
print(list(g))
print(list(g))
lst = [x * 2 for x in range(3)]
print(list(lst), list(lst))
