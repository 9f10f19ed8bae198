# Keyword errors of a call are found before its surplus positional arguments (initialize_locals)
def f(a, b=2):
    return a
def g(a, *, k):
    return a
def h(a, **kw):
    return kw
calls = [
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, b=4),
    lambda: f(1, 2, 3, c=4),
    lambda: f(1, 2, 3, a=4),
    lambda: g(1, 2),
    lambda: g(1, 2, k=3),
    lambda: g(1, 2, z=3),
    lambda: h(1, 2, a=3),
    lambda: h(1, 2, q=3),
    lambda: f(*[1, 2, 3], b=5),
    lambda: f(),
    lambda: f(b=1),
]
for c in calls:
    try:
        c()
        print('ok')
    except TypeError as e:
        print(e)
