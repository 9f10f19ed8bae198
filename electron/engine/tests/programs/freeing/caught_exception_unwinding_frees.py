# locals of frames unwound by a caught exception stay alive until the except block ends (the traceback holds their frames)
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
def inner():
    t = T('inner local')
    raise KeyError('x')
def outer():
    t = T('outer local')
    inner()
try:
    outer()
except KeyError:
    print('handler')
print('after')
