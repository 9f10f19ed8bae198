# parameters after * are keyword-only
def f(a, *, b, c=3):
    return a + b + c
print(f(1, b=2))
print(f(1, c=10, b=2))
def g(*args, sep='-'):
    return sep.join(args)
print(g('a', 'b', 'c'))
print(g('a', 'b', sep='+'))
