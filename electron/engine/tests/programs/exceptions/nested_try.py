# an exception propagates through inner finally blocks
def f():
    try:
        try:
            raise ValueError('inner')
        finally:
            print('inner finally')
    except ValueError as e:
        print('outer caught', e)
    finally:
        print('outer finally')
f()
