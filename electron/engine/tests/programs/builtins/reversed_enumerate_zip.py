# reversed, enumerate with start, zip stopping at the shortest
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(4))))
print(list(enumerate('ab')), list(enumerate(['x', 'y'], start=10)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])))
