# next() on an exhausted generator raises StopIteration
def one():
    yield 'only'
g = one()
print(next(g))
try:
    next(g)
except StopIteration:
    print('stopped')
print(next(g, 'default'))
