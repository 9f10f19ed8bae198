# a returning frame releases its slots in order: parameters first, then locals by first assignment
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
def f(p):
    z = T('z')
    a = T('a')
    m = T('m')
    return None
f(T('param'))
print('done')
