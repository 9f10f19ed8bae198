# isinstance with builtin types and tuples of types
for v in [1, 1.0, 'a', [1], (1,), {1: 1}, {1}, True, None]:
    print(repr(v), isinstance(v, int), isinstance(v, (list, tuple)), type(v).__name__)
