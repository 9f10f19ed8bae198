# comparison chains evaluate each middle operand once
def v(x):
    print('eval', x)
    return x
print(1 < v(2) < 3)
print(3 < v(2) < v(5))
print(v(1) == 1 == v(1.0))
x = 5
print(0 <= x < 10, 0 < x > 3, 1 < x < 4)
