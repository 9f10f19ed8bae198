# a cycle drags its non-cyclic payload down with it
import gc
gc.collect()
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
a = [T('payload')]
a.append(a)
del a
print('collect')
print(gc.collect())
print('done')
