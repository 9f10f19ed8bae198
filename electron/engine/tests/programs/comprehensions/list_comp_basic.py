# list comprehensions with and without conditions
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(6)])
