# big ints print in full
print(2 ** 100, -(3 ** 70), 10 ** 30 + 1)
print(123456789 * 987654321 * 1000000007)
print(str(2 ** 64)[:5], len(str(7 ** 200)))
