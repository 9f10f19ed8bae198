# a shallow copy adds a reference to every element
import sys
import copy
e = [0]
a = [e, e]
b = copy.copy(a)
print(sys.getrefcount(e))
c = copy.deepcopy(a)
print(sys.getrefcount(e), sys.getrefcount(c[0]))
