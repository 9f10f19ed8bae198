# type() and __name__ of builtin values
for v in [1, 1.5, 'a', [], (), {}, set(), True, None, range(1), 10 ** 50]:
    print(type(v).__name__)
print(type(1) is int, type(True) is bool, type(True) is int)
