# a list containing itself prints as [...]
a = [1, 2]
a.append(a)
print(a)
b = [a]
print(b)
a.pop()
print(a, b)
