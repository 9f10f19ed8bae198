# dict values that are lists are shared when copied shallowly
d = {'x': [1], 'y': [2]}
e = dict(d)
e['x'].append(10)
e['y'] = [20]
print(d)
print(e)
