# recursion depth: a Python call is one level; calling a class or an instance through tp_call adds one more
import sys
n = 0
def plain():
    global n
    n += 1
    plain()
def star(*a):
    global n
    n += 1
    star(*a)
def double_star(**k):
    global n
    n += 1
    double_star(**k)
class C:
    def __init__(self):
        global n
        n += 1
        C()
class D:
    def __call__(self):
        global n
        n += 1
        self()
for label, start in [('plain', plain), ('f(*a)', star), ('f(**k)', double_star), ('class', C), ('__call__', D())]:
    n = 0
    try:
        start()
    except RecursionError as e:
        print(label, n, e)
print('limit', sys.getrecursionlimit())
