# each evaluation of a comprehension builds a new list of new inner lists
a = [[0] for _ in range(2)]
b = [[0] for _ in range(2)]
print(a == b, a is b, a[0] is a[1])
