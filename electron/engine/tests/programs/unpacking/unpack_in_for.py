# unpacking in for loops
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for k, v in {'a': 1, 'b': 2}.items():
    print(k, v)
for x, *ys in [[1, 2, 3], [4]]:
    print(x, ys)
