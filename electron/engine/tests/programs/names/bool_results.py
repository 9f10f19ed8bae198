# comparisons produce True/False singletons
a = 3 > 2
b = 10 > 1
print(a is b, a, type(a).__name__)
print(True + True, True * 10)
