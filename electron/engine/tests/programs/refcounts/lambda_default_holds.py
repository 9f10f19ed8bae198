# a lambda's default value is held by the lambda
import sys
data = [3]
f = lambda x=data: x
print(sys.getrefcount(data))
f = None
print(sys.getrefcount(data))
