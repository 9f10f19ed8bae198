# yield from delegates to a sub-iterator
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from [10, 20]
    yield from range(3)
print(list(outer()))
