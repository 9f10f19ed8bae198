# nested containers free inside-out as each count hits zero
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
outer = [[T(1), T(2)], [T(3)], T(4)]
print('drop')
outer = 0
print('done')
