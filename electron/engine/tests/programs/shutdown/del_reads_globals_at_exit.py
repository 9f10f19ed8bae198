# at exit the main namespace is collected as a cycle: __del__ still reads globals, in allocation order
import sys
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n, 'sees', type(g).__name__, sys.getrefcount(self))
g = 'global g'
a = T('a')
_b = T('_b')
c = T('c')
keep = [T('k1'), T('k2')]
d = {'x': T('dx')}
def f(): pass
print('end')
