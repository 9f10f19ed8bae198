# a call's temporary argument is freed when the call returns
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
def use(t):
    print('using', t.n)
    return t.n
use(T('arg'))
print('after call')
r = use(T('x')) + 1
print(r)
