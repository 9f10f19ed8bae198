# at exit, the order of __del__ of globals, one of them rebound from a list to an instance (found by the fuzzer: seed 1, program 8, shrunk)
class C1:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return 'C1(%d)' % self.tag
    def __del__(self):
        print('del', self)
def f0(p0, p1):
    return [p0, p1]
def f1(p0, p1, *, k2):
    return p0
def f2(p0, *, k1={}, k2):
    return k1
b = {9}
e = f0(b, b)
a = e
c = f1(C1(1), {4}, k2=b)
e = f2(int('1') / 7, k1=C1(16), k2=a)
