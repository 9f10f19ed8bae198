# reverse() mutates in place and returns None; reversed()/slices build new objects
a = [1, 2, 3]
b = a
print(a.reverse())
print(b)
c = a[::-1]
print(c, c is a)
d = list(reversed(a))
print(d, a)
