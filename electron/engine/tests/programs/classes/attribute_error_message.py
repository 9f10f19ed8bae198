# reading a missing attribute ends the program with CPython's message
class S:
    def __init__(self):
        self.x = 1
s = S()
print(s.x)
print(s.y)
