# objects are freed (and __del__ prints) as the exception unwinds, before the traceback
class T:
    def __del__(self):
        print('freed T')
def f():
    t = T()
    raise ValueError('unwinding')
f()
