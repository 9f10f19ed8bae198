# __slots__ classes reject unknown attributes
class S:
    __slots__ = ('x',)
    def __init__(self):
        self.x = 1
s = S()
s.x = 5
print(s.x)
print(hasattr(s, 'x'), hasattr(s, 'y'))
s.y = 2
