# an exception leaving a frame pops its stack (a for loop's iterator) before the locals are cleared
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
def suspended(a):
    for i in [D('item1'), D('item2')]:
        yield i
print('-- suspended generator freed')
x = suspended(D('arg a'))
next(x)
del x
print('-- closed explicitly')
x = suspended(D('arg a'))
next(x)
x.close()
print('closed')
del x
print('-- with a finally block')
def guarded(a):
    try:
        for i in [D('item1'), D('item2')]:
            yield i
    finally:
        print('finally runs')
x = guarded(D('arg a'))
next(x)
del x
print('-- an exception out of a function')
def raises(a):
    for i in [D('item1'), D('item2')]:
        raise ValueError
try:
    raises(D('arg a'))
except ValueError:
    print('caught')
print('-- return from inside the loop')
def returns(a):
    for i in [D('item1'), D('item2')]:
        return 1
returns(D('arg'))
print('-- nested loops')
def nested(a):
    for i in [D('outer1'), D('outer2')]:
        for j in [D('inner1'), D('inner2')]:
            yield
x = nested(D('arg'))
next(x)
del x
print('-- an exception inside the generator')
def fails(a):
    for i in [D('item1'), D('item2')]:
        yield
        raise KeyError
x = fails(D('arg'))
next(x)
try:
    next(x)
except KeyError:
    print('keyerror')
del x
print('end')
