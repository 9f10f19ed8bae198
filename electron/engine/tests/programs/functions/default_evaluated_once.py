# default expressions are evaluated once, at def time
def make():
    print('making default')
    return []
def f(x=make()):
    x.append(1)
    return len(x)
print('defined')
print(f(), f(), f([]))
