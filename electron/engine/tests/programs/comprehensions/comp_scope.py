# the comprehension variable does not leak
x = 'outer'
ys = [x for x in range(3)]
print(x, ys)
