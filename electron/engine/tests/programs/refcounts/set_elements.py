# set elements hold references
import sys
t = (10 ** 25, 'x')
s = {t}
print(sys.getrefcount(t))
s.add(t)
print(sys.getrefcount(t))
s.discard(t)
print(sys.getrefcount(t))
