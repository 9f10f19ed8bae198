# order of else and finally blocks
def attempt(x):
    try:
        print('try', x)
        r = 10 // x
    except ZeroDivisionError:
        print('except')
        r = None
    else:
        print('else', r)
    finally:
        print('finally')
    return r
print(attempt(2))
print(attempt(0))
