# setattr/getattr add and read attribute references
import sys
class S:
    pass
s = S()
v = [9]
setattr(s, 'v', v)
print(sys.getrefcount(v))
w = getattr(s, 'v')
print(sys.getrefcount(v), w is v)
