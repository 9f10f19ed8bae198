# equal floats computed at runtime are distinct objects
a = float('2.5')
b = float('2.5')
print(a == b, a is b)
c = a
print(c is a)
