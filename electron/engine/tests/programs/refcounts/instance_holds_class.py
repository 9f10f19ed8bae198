# every instance holds a reference to its class (measured as a difference)
import sys
class C:
    pass
before = sys.getrefcount(C)
objs = [C() for i in range(5)]
print(sys.getrefcount(C) - before)
objs.pop()
print(sys.getrefcount(C) - before)
objs = []
print(sys.getrefcount(C) - before)
