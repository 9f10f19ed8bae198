# dicts print in insertion order, including after updates
d = {'b': 1, 'a': 2}
d['c'] = 3
d['b'] = 10
print(d)
print({1: 'one', 1.0: 'float one', True: 'bool'})
print({(1, 2): [3], None: None, -1: -1.5})
