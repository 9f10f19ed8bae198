# a bound method object holds its instance
import sys
class A:
    def m(self):
        return 1
a = A()
print(sys.getrefcount(a))
m = a.m
print(sys.getrefcount(a))
m2 = a.m
print(sys.getrefcount(a))
print(m is m2)
del m, m2
print(sys.getrefcount(a))
