# copy.deepcopy of an instance in a cycle
import gc, copy
gc.collect()
class P:
    pass
a = P()
a.me = a
a.items = [1, 2]
b = copy.deepcopy(a)
print(b.me is b, b.items is a.items)
del a
print(gc.collect())
del b
print(gc.collect())
