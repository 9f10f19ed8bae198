# f(*seq) and f(**d) keep the argument tuple and the merged keywords dict alive during the call
import sys
def f(x):
    return sys.getrefcount(x)
def g(*a):
    return sys.getrefcount(a[0])
def h(**k):
    return sys.getrefcount(k['x'])
obj = object()
print('f(obj)', f(obj), 'f(*[obj])', f(*[obj]), 'f(**{x: obj})', f(**{'x': obj}), 'f(*(obj,))', f(*(obj,)))
print('g(obj)', g(obj), 'g(*[obj])', g(*[obj]), 'g(*(obj,))', g(*(obj,)))
print('h(x=obj)', h(x=obj), 'h(**{x: obj})', h(**{'x': obj}))
t = (obj,)
print('existing tuple is passed as is:', f(*t))
l = [obj]
print('a list is copied into a tuple:', f(*l))
d = {'x': obj}
print('a dict is merged into a new one:', f(**d))
print('mixed:', f(obj, *[]), f(*[], x=obj), g(obj, *l), g(*l, *t))
print('after the calls:', sys.getrefcount(obj))
