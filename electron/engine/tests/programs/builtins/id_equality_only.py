# id() equality tracks identity without printing addresses
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c))
print(id(a) == id(a[:]))
