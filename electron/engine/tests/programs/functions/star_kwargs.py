# **kwargs collects extra keyword arguments into a dict, in call order
def show(a, **kwargs):
    print(a, kwargs)
show(1)
show(1, z=26, b=2)
opts = {'y': 1, 'x': 2}
show(0, **opts)
