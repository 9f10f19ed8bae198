# sum, min and max with start values, keys and defaults
print(sum([1, 2, 3]), sum([], 10), sum([0.1] * 10))
print(min(3, 1, 2), max([3, 1, 2]), min('bca'))
print(max(['aa', 'b', 'cccc'], key=len), min(['aa', 'b', 'cccc'], key=len))
print(max([], default='empty'), min([5], default=0))
print(max(1, 2.5), min(-1, -1.5))
