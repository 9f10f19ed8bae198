# finally runs even when try returns; a return in finally wins
def f():
    try:
        return 'try'
    finally:
        print('finally runs')
def g():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
print(g())
