# object() instances are distinct and have no attributes to set
a = object()
b = object()
print(a == b, a is b, a == a)
print(type(a).__name__, isinstance(a, object), isinstance(5, object))
a.x = 1
