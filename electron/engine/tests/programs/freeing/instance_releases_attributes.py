# a freed instance releases its attributes after its own __del__
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
class Holder:
    def __init__(self):
        self.first = T('first')
        self.second = T('second')
        self.third = T('third')
    def __del__(self):
        print('free holder')
h = Holder()
print('drop holder')
h = None
print('done')
