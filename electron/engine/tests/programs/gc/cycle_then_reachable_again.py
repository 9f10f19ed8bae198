# an object reachable from a live name is not collected even if it is in a cycle
import gc
gc.collect()
class N:
    def __del__(self):
        print('del N')
a = N()
a.me = a
b = a
del a
print(gc.collect())
print('b still alive', b.me is b)
del b
print(gc.collect())
