# results of mixed arithmetic
print(1 + 2.0, 3 * 0.1, 10 / 5, 7 // 2.0, 2 ** 0.5, 9 ** 0.5, 1e308 * 10)
print(0.1 + 0.7, 4.35 * 100, 1.1 * 1.1, round(1.005, 2))
