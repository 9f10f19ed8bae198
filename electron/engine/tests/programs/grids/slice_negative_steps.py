# slices with negative indices and steps
a = list(range(10))
print(a[-3:], a[:-7], a[::3], a[::-2], a[8:2:-2])
print(a[100:], a[-100:2])
