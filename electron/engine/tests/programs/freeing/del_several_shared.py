# an object freed only when the last of several deleted names goes
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
a = T('x')
b = a
c = T('y')
del a, c, b
print('done')
