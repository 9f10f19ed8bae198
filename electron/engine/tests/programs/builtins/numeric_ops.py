# arithmetic on ints and floats, floor division and modulo of negatives
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 2 ** 10, 2 ** -1)
print(7.5 // 2, -7.5 % 2, 10 / 4, 1 / 3)
print(3 * 'ab', [0] * 3, (1,) * 2)
print(-3 ** 2, (-3) ** 2, 2 ** 3 ** 2)
print(1e3, 5e-1 * 2, 0.1 * 3, 1 - 0.9)
