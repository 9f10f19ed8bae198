# dict views reflect later changes
d = {'x': 1}
ks = d.keys()
vs = d.values()
d['y'] = 2
print(list(ks), list(vs), len(ks), 'y' in ks)
print(d.keys(), d.values(), d.items())
