# sys.intern returns the canonical copy
import sys
a = ''.join(['lo', 'ng key with spaces'])
b = ''.join(['long key', ' with spaces'])
print(a == b, a is b)
print(sys.intern(a) is sys.intern(b))
