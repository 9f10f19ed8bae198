# a weak reference is an instance of weakref.ReferenceType (weakref.ref is the same type); builtin
# types report their module, and error messages use the dotted name
import weakref
class A: pass
a = A()
r = weakref.ref(a)
print(type(r), type(r).__name__, type(r).__module__)
print(type(r) is weakref.ref, weakref.ReferenceType is weakref.ref)
print(isinstance(r, weakref.ref))
for f in [lambda: len(r), lambda: r+1, lambda: r.x, lambda: r[0]]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
print(type(len).__module__, type(1).__module__, type(r).__module__, A.__module__, type(r).__qualname__, int.__name__, int.__qualname__)
