# get keys values items update setdefault pop
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({'c': 3, 'a': 10})
print(d)
d.update(e=5)
print(d)
print(d.setdefault('a', 99), d.setdefault('f', []), d)
print(d.pop('b'), d.pop('zz', 'none'), d)
