# assigning over a list slot frees the old element
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
lst = [T('old')]
lst[0] = T('new')
print('replaced')
lst[0] = None
print('done')
