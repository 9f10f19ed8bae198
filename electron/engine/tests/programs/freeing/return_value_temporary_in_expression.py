# temporaries inside a larger expression are freed when the statement finishes with them
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
    def get(self):
        return self.n
total = T(1).get() + T(2).get()
print('total', total)
print([T(3)][0].get())
print('end')
