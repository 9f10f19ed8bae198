# swapping list items and names in one statement
a = [1, 2]
b = [3, 4]
a[0], b[0], a, b = b[0], a[0], b, a
print(a, b)
