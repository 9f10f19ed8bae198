# generator expressions are lazy
def v(x):
    print('computing', x)
    return x * x
g = (v(x) for x in range(3))
print('created')
print(next(g))
print(list(g))
print(sum(x for x in range(5)))
