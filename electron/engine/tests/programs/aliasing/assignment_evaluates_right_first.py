# the right side is evaluated before any target
def f(label):
    print('eval', label)
    return label
x = [0, 0]
x[f(0) if False else 0] = f('value')
a = b = f('chain')
print(x, a, b)
