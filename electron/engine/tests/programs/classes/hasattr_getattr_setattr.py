# dynamic attribute access
class O:
    pass
o = O()
setattr(o, 'color', 'red')
print(getattr(o, 'color'))
print(getattr(o, 'size', 'default'))
print(hasattr(o, 'color'), hasattr(o, 'size'))
for name in ['a', 'b', 'c']:
    setattr(o, name, name * 2)
print(o.a, o.b, o.c)
