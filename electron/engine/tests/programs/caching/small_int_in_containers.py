# list elements that are small ints are the cached objects
xs = [i for i in range(300)]
hundred = 100
print(xs[100] is hundred)
ys = list(range(300))
print(xs[5] is ys[5], xs[299] is ys[299], xs[299] == ys[299])
print(xs[256] is ys[256], xs[257] is ys[257])
