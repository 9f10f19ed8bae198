# clearing a set frees its elements
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self is other
s = {T(1)}
print(len(s))
s.clear()
print('cleared')
