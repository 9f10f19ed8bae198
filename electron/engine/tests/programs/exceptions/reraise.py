# a bare raise re-raises the current exception
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print('logging')
        raise
try:
    f()
except ZeroDivisionError as e:
    print('caught again:', e)
