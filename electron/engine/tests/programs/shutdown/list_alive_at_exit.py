# a list of objects alive at exit releases them at shutdown
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
keep = [T(1), T(2), T(3)]
print('end of program')
