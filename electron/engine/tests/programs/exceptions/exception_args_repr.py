# repr of exception instances
print(repr(ValueError('bad')))
print(repr(KeyError('k')))
print(repr(Exception()))
print(repr(RuntimeError(1, 2)))
print(str(KeyError('k')), str(ValueError('v')))
