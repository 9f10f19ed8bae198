# a freed list releases its items from last to first
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
lst = [T(1), T(2), T(3)]
print('drop list')
lst = None
print('done')
