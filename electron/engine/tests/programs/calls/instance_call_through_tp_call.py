# calling an instance with __call__ builds an argument tuple; keywords are unpacked with an extra reference each
import sys
rc = sys.getrefcount
class K:
    def __call__(self, x):
        print('  x', rc(x), 'self', rc(self))
        return x
class M:
    def m(self, x):
        return rc(x)
k = K()
v = object()
for label, run in [('k(v)', lambda: k(v)), ('k(x=v)', lambda: k(x=v)), ('k(*[v])', lambda: k(*[v])),
                   ('k(**{x: v})', lambda: k(**{'x': v}))]:
    print(label)
    run()
m = M()
bound = m.m
print('m.m(v)', m.m(v), 'bound(v)', bound(v), 'bound(*[v])', bound(*[v]), 'bound(**{x: v})', bound(**{'x': v}))
print('M.m(m, v)', M.m(m, v), 'M.m(*[m, v])', M.m(*[m, v]))
kept = k(k(v))
print('kept is v', kept is v, rc(v))
