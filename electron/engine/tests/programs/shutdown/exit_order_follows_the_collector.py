# at exit __del__ runs in the collector list order: objects found through a list or tuple come last, reversed
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
x1 = T('x1')
x2 = T('x2')
b = x2
a = x1
del x1, x2
l1 = [T('l1a'), T('l1b'), T('l1c')]
holder = T('holder')
holder.child = T('child')
holder.other = T('other')
l2 = [T('l2a'), T('l2b')]
t = (T('t1'), T('t2'))
z = T('z')
print('end')
