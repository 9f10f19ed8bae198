# min and max take one item at a time: each loser is freed as soon as it loses, and a key
# function sees only the item it is given (and the best so far) alive
import sys
class Obj:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
    def __repr__(self):
        return 'Obj(%d)' % self.n
def key(o):
    print('key', o.n, sys.getrefcount(o))
    return o.n % 3
best = max((Obj(i) for i in range(5)), key=key)
print('best', best)
print(min(Obj(7), Obj(3), key=lambda o: o.n))
print(max([], default='none'), max(3, 9, 2), min('hello'), max([1, 5, 5], key=None))
try:
    max()
except TypeError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    min([])
except ValueError as e:
    print(e)
try:
    max([1, 'a'])
except TypeError as e:
    print(e)
print(max(range(10**6)))
del best
print('end')
