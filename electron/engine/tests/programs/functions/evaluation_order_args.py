# arguments are evaluated left to right before the call
def v(x):
    print('arg', x)
    return x
def f(a, b, c):
    print('body')
    return a + b + c
print(f(v(1), v(2), c=v(3)))
