# sizes of the other objects: functions, methods, builtins, cells, slices, property, staticmethod, super, weakref, module
import sys, weakref
class Base:
    def m(self):
        return 1
    @property
    def p(self):
        return 2
    @staticmethod
    def s():
        return 3
    @classmethod
    def c(cls):
        return 4
class Sub(Base):
    def m(self):
        return super().m()
def outer():
    v = 1
    def inner():
        return v
    return inner
inner = outer()
b = Base()
print(sys.getsizeof(outer), sys.getsizeof(inner), sys.getsizeof(inner.__closure__[0]))
print(sys.getsizeof(b.m), sys.getsizeof(len), sys.getsizeof([].append))
print(sys.getsizeof(Base.__dict__['p']), sys.getsizeof(Base.__dict__['s']), sys.getsizeof(Base.__dict__['c']))
print(sys.getsizeof(super(Sub, Sub())), sys.getsizeof(slice(1, 2, 3)), sys.getsizeof(weakref.ref(b)))
print(sys.getsizeof(sys), sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
