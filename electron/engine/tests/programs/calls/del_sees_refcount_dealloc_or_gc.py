# __del__ run at refcount zero sees the object resurrected at 1; run by gc.collect() it sees the cycle's references
import sys, gc
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ of', self.name, 'sees', sys.getrefcount(self))
t = T('plain')
del t
t = T('self-cycle')
t.me = t
del t
print('collected', gc.collect())
a = T('a'); b = T('b')
a.b = b; b.a = a
a.also = a
del a, b
print('collected', gc.collect())
l = [T('in a list')]
del l
d = {'k': T('in a dict')}
d.clear()
