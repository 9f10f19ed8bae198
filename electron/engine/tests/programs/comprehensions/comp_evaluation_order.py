# the first iterable is evaluated immediately, the rest lazily per item
def src(label, n):
    print('iterable', label)
    return range(n)
g = (i + j for i in src('outer', 2) for j in src('inner', 2))
print('generator made')
print(list(g))
