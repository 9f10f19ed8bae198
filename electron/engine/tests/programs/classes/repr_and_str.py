# print uses __str__, containers use __repr__
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'P(' + repr(self.v) + ')'
    def __str__(self):
        return 'point ' + str(self.v)
p = P('a')
print(p)
print([p, P(2)])
print(repr(p), str(p))
print(f'{p} {p!r}')
