# a failed call releases a fresh instance argument before the except block runs (found by the fuzzer: seed 1, program 146, shrunk)
class C0:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return 'C0({})'.format(self.tag)
    def __del__(self):
        print('del', self)
def f0(p0, *, k1, **kw):
    return [p0, k1]
def gen0(items):
    try:
        yield from items
    finally:
        print('gen0 finally')
try:
    f0(5, gen0([9, 8]), k1=lambda y: y + 3, x1=C0(1))
except TypeError as error:
    print(error)
