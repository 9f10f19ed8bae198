# object() and type() comparisons
o = object()
print(type(o) is object, isinstance(o, object), isinstance([], object))
print(type([]) is list, type(()) is tuple, type({}) is dict)
