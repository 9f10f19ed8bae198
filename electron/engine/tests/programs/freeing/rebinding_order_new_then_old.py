# the new object is created before the old one is released
class T:
    def __init__(self, n):
        self.n = n
        print('init', n)
    def __del__(self):
        print('free', self.n)
x = T(1)
x = T(2)
x = T(3)
del x
print('done')
