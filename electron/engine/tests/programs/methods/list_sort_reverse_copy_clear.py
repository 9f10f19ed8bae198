# sort, reverse, copy and clear
a = [5, 2, 9, 1]
b = a.copy()
a.sort()
print(a, b)
a.sort(reverse=True)
print(a)
a.sort(key=lambda x: x % 3)
print(a)
a.reverse()
print(a)
a.clear()
print(a, b)
