# bool is a subclass of int
print(isinstance(True, int), isinstance(1, bool), True == 1, False == 0)
print(True + 1, sum([True, True, False]))
print({True: 'a', 1: 'b'})
