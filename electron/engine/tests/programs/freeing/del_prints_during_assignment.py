# __del__ output can appear in the middle of an assignment statement
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
x = T('a')
print('before')
x = [T('b'), 'marker']
print('after', x[1])
x = 1
print('end')
