# a dict of atomic values is untracked until it gets a container value
import gc
d = {}
print(gc.is_tracked(d))
d['x'] = 1
print(gc.is_tracked(d))
d['y'] = [1]
print(gc.is_tracked(d))
del d['y']
print(gc.is_tracked(d))
