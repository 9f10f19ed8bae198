# a freed dict releases keys and values in CPython's order
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
    def __hash__(self):
        return 1
d = {'x': T('v1'), 'y': T('v2')}
d2 = {T('k1'): T('w1')}
print('drop d')
del d
print('drop d2')
del d2
print('done')
