# tuple slots hold references
import sys
inner = ['a']
t = (inner, inner, [inner])
print(sys.getrefcount(inner))
del t
print(sys.getrefcount(inner))
