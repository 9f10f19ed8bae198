# swapping or rotating names frees nothing
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
a, b, c = T('a'), T('b'), T('c')
a, b, c = c, a, b
print(a.n, b.n, c.n)
a = b = c = None
print('done')
