# __eq__ customises ==; is still compares identity
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
a = V(1)
b = V(1)
print(a == b, a is b, a != b)
print(a == 1, [a] == [b], a in [b])
