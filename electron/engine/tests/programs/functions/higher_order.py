# functions as values
def apply(f, xs):
    return [f(x) for x in xs]
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(apply(compose(inc, dbl), [1, 2, 3]))
print(apply(compose(dbl, inc), [1, 2, 3]))
