# range objects support len, indexing, slicing, containment and repr
r = range(3, 30, 3)
print(r, len(r), r[0], r[-1], r[2:5], 12 in r, 13 in r)
print(list(r[::-1]))
print(range(5) == range(0, 5), range(0) == range(2, 2))
