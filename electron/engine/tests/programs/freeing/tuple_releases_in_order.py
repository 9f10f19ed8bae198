# a freed tuple releases its items in CPython's order
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
t = (T('a'), T('b'), T('c'))
print('drop tuple')
del t
print('done')
