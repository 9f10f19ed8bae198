# rebinding a name to a new int leaves other names on the old object
a = 5
b = a
a = a + 1
print(a, b)
print(a is b)
