# a bound method keeps its instance alive after the name is deleted
class T:
    def __init__(self, n):
        self.n = n
    def hello(self):
        return 'hello ' + self.n
    def __del__(self):
        print('free', self.n)
t = T('t')
m = t.hello
del t
print('instance name deleted')
print(m())
del m
print('done')
