# a[i] = a = ... : targets are assigned left to right after evaluating the right side
a = [0, 0, 0]
b = a
a[1] = a = [5, 6]
print(a, b)
