# an object held only by a raised exception is freed when the except block ends
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
try:
    raise ValueError(T('payload'))
except ValueError as e:
    print('caught', e.args[0].n)
print('after except')
