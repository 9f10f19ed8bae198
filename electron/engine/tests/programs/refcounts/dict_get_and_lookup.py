# looking values up in a dict adds references only while bound
import sys
v = [1]
d = {'k': v}
print(sys.getrefcount(v))
got = d.get('k')
print(sys.getrefcount(v))
also = d['k']
print(sys.getrefcount(v))
d = None
print(sys.getrefcount(v))
