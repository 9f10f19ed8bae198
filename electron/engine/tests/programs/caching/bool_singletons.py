# bool() returns the True/False singletons
print(bool(1) is True, bool(0) is False, bool([]) is False)
x = 5 > 3
print(x is True)
one = 1
print(int(True) is one)
