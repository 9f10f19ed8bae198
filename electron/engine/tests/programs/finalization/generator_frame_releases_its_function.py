# a generator's frame holds its function; a dead generator (unstarted, suspended or finished) releases it
import sys
def g():
    yield 1
    yield 2
print('start', sys.getrefcount(g))
x = g()
print('unstarted alive', sys.getrefcount(g))
del x
print('unstarted freed', sys.getrefcount(g))
x = g()
next(x)
del x
print('suspended freed', sys.getrefcount(g))
x = g()
print(list(x))
print('finished, still named', sys.getrefcount(g))
del x
print('finished freed', sys.getrefcount(g))
