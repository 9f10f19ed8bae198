# a dict containing itself prints as {...}
d = {'x': 1}
d['self'] = d
print(d)
l = [d]
d['list'] = l
print(l)
del d['self'], d['list']
