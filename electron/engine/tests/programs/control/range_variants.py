# range with start, stop, step and negative steps
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)))
r = range(1, 20, 4)
print(len(r), r[2], 9 in r, 10 in r)
print(r)
