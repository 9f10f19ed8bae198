# sort() mutates every alias; sorted() returns a new list
a = [3, 1, 2]
b = a
s = sorted(a)
print(s, a, s is a)
a.sort()
print(b)
