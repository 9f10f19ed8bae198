# two names, one list: mutation through either is seen by both
a = [1, 2, 3]
b = a
b.append(4)
print(a)
print(b)
print(a is b)
