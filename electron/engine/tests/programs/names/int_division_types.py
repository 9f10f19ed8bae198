# / always gives a float, // keeps ints
for n in [7, -7, 8]:
    print(n / 2, n // 2, n % 2, type(n / 2).__name__)
