# returning from a function releases its locals
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
def work():
    a = T('local a')
    b = T('local b')
    print('returning')
    return 5
r = work()
print('returned', r)
