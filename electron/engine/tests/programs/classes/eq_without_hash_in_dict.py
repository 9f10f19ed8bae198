# overriding __eq__ without __hash__ makes instances unhashable
class E:
    def __eq__(self, other):
        return True
e = E()
print(e == 1)
d = {}
d[e] = 1
