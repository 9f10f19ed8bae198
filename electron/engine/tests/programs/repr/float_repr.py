# shortest round-trip float reprs
for x in [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.0, -0.0, 100.0, 1e22, 1.5e-7, 3.0 * 1.1]:
    print(repr(x), str(x))
