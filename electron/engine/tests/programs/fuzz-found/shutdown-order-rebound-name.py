# at exit, the order of __del__ of globals when a name was rebound to a new object (found by the fuzzer: seed 1, program 60, shrunk)
class C0:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del C0', self.tag)
c = f'w{1}'
e = dict(n0=c, n1=c, n2=c)
g = C0(1)
e = C0(13)
