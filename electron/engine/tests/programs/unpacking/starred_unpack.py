# starred targets collect the rest into a list
first, *rest = [1, 2, 3, 4]
*init, last = 'abc'
a, *mid, z = range(5)
x, *empty = [0]
print(first, rest, init, last, a, mid, z, x, empty)
