# abs and round, including banker's rounding
print(abs(-5), abs(3.5), abs(-0.0), abs(-10 ** 20))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(1234, -2), round(-7.5))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
