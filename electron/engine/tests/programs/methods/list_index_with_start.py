# index with start/stop and count of nested values
a = [1, 2, 1, 2, 1]
print(a.index(1), a.index(1, 1), a.index(1, 3), a.count(1))
print([[1], [1]].count([1]))
