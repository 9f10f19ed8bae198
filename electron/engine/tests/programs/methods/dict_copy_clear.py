# copy is shallow; clear empties in place
d = {'k': [1]}
e = d.copy()
e['k'].append(2)
e['new'] = 0
print(d, e)
f = d
d.clear()
print(f, e)
