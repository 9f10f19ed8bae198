# a closure cell frees its content when the last closure dies
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
def make():
    t = T('cell')
    def f():
        return t.n
    return f
f = make()
print(f())
print('drop closure')
f = None
print('done')
