# a generator's return value travels in StopIteration.value
def g():
    yield 1
    return 'done'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
