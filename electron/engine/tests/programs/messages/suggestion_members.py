# NameError.name, AttributeError.name/.obj are set by the lookup (format_exc_check_arg, set_attribute_error_context); str(e) has no suggestion
import sys
class Box:
    def __init__(self):
        self.value = 1
    def __getattr__(self, name):
        if name == 'magic':
            return 42
        raise AttributeError('no ' + name)
b = Box()
print(b.magic)
print(sys.getrefcount(b))
try:
    b.valu
except AttributeError as e:
    print(str(e), e.args, e.name, e.obj is b)
    print(sys.getrefcount(b))
    kept = e
print(sys.getrefcount(b))
del kept
print(sys.getrefcount(b))
try:
    prnt
except NameError as e:
    print(str(e), e.name, repr(e))
try:
    [].apend
except AttributeError as e:
    print(str(e), e.name, e.obj)
try:
    getattr(b, 'other')
except AttributeError as e:
    print(e, e.name)
try:
    raise AttributeError('plain')
except AttributeError as e:
    print(e, e.name, e.obj)
e = AttributeError('x', name='n', obj=b)
print(e.name, e.obj is b, sys.getrefcount(b))
e.obj = None
print(sys.getrefcount(b), NameError('m', name='q').name)
try:
    AttributeError('x', nme='n')
except TypeError as t:
    print(t)
try:
    KeyError('k', name='n')
except TypeError as t:
    print(t)
class Special(AttributeError):
    pass
try:
    raise Special('s')
except AttributeError as e:
    print(e.name, e.obj)
