# an object that is never bound is freed right after the expression
class T:
    def __init__(self, n):
        self.n = n
        print('made', n)
    def __del__(self):
        print('free', self.n)
T(1)
print('after statement')
n = T(2).n
print('got', n)
print(len([T(3), T(4)]))
print('done')
