# augmented assignment on immutable numbers rebinds
n = 1000
m = n
n -= 1
n += 1
print(n == m, n is m)
