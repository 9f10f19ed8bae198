# a missing attribute on an instance
class S:
    pass
s = S()
s.x = 1
print(s.x)
print(s.y)
