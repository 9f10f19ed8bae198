# calling a class goes through tp_call: an argument tuple (and keywords dict) lives during __new__ and __init__
import sys
rc = sys.getrefcount
class V:
    pass
v = V()
class A:
    def __init__(self, x):
        print('  A.__init__ sees x', rc(x), 'self', rc(self))
class B(A):
    def __init__(self, x):
        print('  B.__init__ sees x', rc(x), 'self', rc(self))
        super().__init__(x)
        A.__init__(self, x)
class C(A):
    pass
for label, make in [('A(v)', lambda: A(v)), ('B(v)', lambda: B(v)), ('C(v)', lambda: C(v)),
                    ('A(x=v)', lambda: A(x=v)), ('A(*[v])', lambda: A(*[v])), ('A(**{x: v})', lambda: A(**{'x': v}))]:
    print(label)
    make()
class N:
    def __new__(cls, x):
        print('  __new__ sees x', rc(x))
        return object.__new__(cls)
    def __init__(self, x):
        print('  __init__ sees x', rc(x))
print('N(v)')
N(v)
print('N(x=v)')
N(x=v)
print('N(*(v,))')
N(*(v,))
print('N(**{x: v})')
N(**{'x': v})
print('v at the end', rc(v))
