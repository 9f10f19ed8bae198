# isinstance against exception base classes
errors = [ValueError(), KeyError(), IndexError(), ZeroDivisionError(), TypeError(), StopIteration()]
for e in errors:
    print(type(e).__name__, isinstance(e, LookupError), isinstance(e, ArithmeticError), isinstance(e, Exception))
