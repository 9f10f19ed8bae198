# positional, default, *args, keyword-only and **kwargs together
def f(a, b=2, *rest, key='k', **extra):
    print(a, b, rest, key, extra)
f(1)
f(1, 3, 5, 7)
f(1, key='K', other=0)
f(*[9, 8, 7], **{'key': 'x', 'more': True})
