# dicts keep insertion order; deleting and reinserting moves a key to the end
d = {}
for k in 'dbca':
    d[k] = ord_ = len(d)
print(d)
del d['b']
d['b'] = 'again'
print(d)
d['d'] = 'updated in place'
print(d)
