# an exception object holds its arguments
import sys
payload = [1]
e = ValueError(payload)
print(sys.getrefcount(payload))
e2 = ValueError(payload, payload)
print(sys.getrefcount(payload))
del e, e2
print(sys.getrefcount(payload))
