# str() of floats that look like ints and large/small exponents
for x in [1.0, 10.0, 1e15, 1e16, 1.5e300, 2.0 ** 60, 0.5, 1e-4, 1e-5, 123.456e2]:
    print(x)
