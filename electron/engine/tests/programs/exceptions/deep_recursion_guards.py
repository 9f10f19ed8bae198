# recursion through repr, comparison, __repr__ and calls raises RecursionError (never a crash); deep tuples still hash
a = []
for i in range(3000):
    a = [a]
try:
    print(len(repr(a)))
except RecursionError as e:
    print('RecursionError', e)
b = []
for i in range(3000):
    b = [b]
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError', e)
class A:
    def __repr__(self):
        return repr(self)
try:
    repr(A())
except RecursionError as e:
    print('RecursionError', e)
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('RecursionError', e)
import sys
sys.setrecursionlimit(5000)
def g(n):
    return 0 if n == 0 else g(n - 1) + 1
print(g(4000))
t = ()
for i in range(3000):
    t = (t,)
print(hash(t) == hash(t))
