# while a method runs, self is one more reference
import sys
class A:
    def count(self):
        return sys.getrefcount(self)
a = A()
print(a.count())
print(sys.getrefcount(a))
