# transposing with zip makes tuples
m = [[1, 2, 3], [4, 5, 6]]
t = list(zip(m[0], m[1]))
print(t)
t2 = [list(col) for col in zip(m[0], m[1])]
print(t2)
