# runtime-built identifier-like strings are not automatically interned
import sys
base = 'abc'
a = base + 'def'
b = 'abcdef'
print(a == b, a is b)
c = sys.intern(a)
print(c is b)
