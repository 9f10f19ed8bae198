# del a, b, c releases left to right
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
a = T('a')
b = T('b')
c = T('c')
del a, b, c
print('done')
