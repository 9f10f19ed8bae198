# dict displays evaluate key then value, left to right
def f(x):
    print('eval', x)
    return x
d = {f('k1'): f('v1'), f('k2'): f('v2')}
print(d)
