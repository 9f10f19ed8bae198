# a suspended generator's frame holds its arguments and locals
import sys
def gen(seq):
    local = seq
    yield 1
    yield 2
data = [1]
print(sys.getrefcount(data))
g = gen(data)
print(sys.getrefcount(data))
next(g)
print(sys.getrefcount(data))
next(g)
print(sys.getrefcount(data))
for rest in g:
    pass
print(sys.getrefcount(data))
