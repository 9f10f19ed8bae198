# setattr interns the attribute name; bound methods and live weakrefs to one object compare equal
import weakref, sys
class A:
    def m(self):
        return 1
a = A()
name = ''.join(['fi', 'eld'])
setattr(a, name, 1)
key = list(vars(a))[0]
print(key is name, key is sys.intern(''.join(['fi', 'eld'])))
print(a.m == a.m, a.m is a.m, a.m != A().m, A.m == A.m)
w1 = weakref.ref(a)
w2 = weakref.ref(a, lambda r: None)
print(w1 == w2, w1 is w2, w1 is weakref.ref(a), hash(w1) == hash(a))
b = A()
print(weakref.ref(b) == w1)
del a
print(w1 == w2, w1() is None)
