# closing a suspended generator by dropping it frees its locals
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
def gen():
    local = T('gen local')
    yield 1
    yield 2
g = gen()
print(next(g))
print('drop generator')
g = None
print('done')
