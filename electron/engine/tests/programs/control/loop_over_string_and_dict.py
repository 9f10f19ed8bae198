# iterating strings and dicts
for ch in 'abc':
    print(ch, end=' ')
print()
d = {'z': 1, 'a': 2, 'm': 3}
for k in d:
    print(k, d[k])
for k, v in sorted(d.items()):
    print(k, v)
