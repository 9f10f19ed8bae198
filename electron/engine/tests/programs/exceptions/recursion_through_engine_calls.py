# recursion through __repr__, __init__ and __eq__: how deep each gets before RecursionError
n = 0
class A:
    def __repr__(self):
        global n
        n += 1
        return repr(self)
try:
    repr(A())
except RecursionError:
    print('repr', n)
n = 0
class B:
    def __init__(self):
        global n
        n += 1
        B()
try:
    B()
except RecursionError:
    print('init', n)
n = 0
class C:
    def __eq__(self, o):
        global n
        n += 1
        return [self] == [o]
try:
    C() == C()
except RecursionError:
    print('eq', n)
