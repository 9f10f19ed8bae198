# dict values and keys hold references
import sys
v = [1]
k = (1, 'tuple', [2][0], 10 ** 30)
d = {}
d['a'] = v
d['b'] = v
print(sys.getrefcount(v))
d[k] = 0
print(sys.getrefcount(k))
del d['a']
print(sys.getrefcount(v))
d.clear()
print(sys.getrefcount(v), sys.getrefcount(k))
