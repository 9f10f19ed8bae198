# at exit, a global instance with __del__ and a suspended generator: which is finalized first (found by the fuzzer: seed 1, program 120, shrunk)
class C0:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return 'C0({})'.format(self.tag)
    def __del__(self):
        print('del', self)
def gen0(items):
    try:
        yield from items
    finally:
        print('gen0 finally')
c = C0(1)
d = c
c = gen0([8, 1])
print(next(c, 'done'))
