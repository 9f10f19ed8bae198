# rebinding the only name frees the old object at once
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
x = T(1)
print('rebind')
x = T(2)
print('rebind again')
x = None
print('done')
