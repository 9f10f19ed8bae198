# a class attribute holds its value; instances reading it add nothing lasting
import sys
shared = [0]
class C:
    data = shared
print(sys.getrefcount(shared))
objs = [C(), C()]
print(objs[0].data is shared, sys.getrefcount(shared))
C.data = None
print(sys.getrefcount(shared))
