# iter and next on lists, strings, dicts and ranges
for src in [[1, 2], 'ab', {'k': 1, 'j': 2}, range(2)]:
    it = iter(src)
    print(next(it), next(it), next(it, 'end'))
