# instance attributes hold references
import sys
class Node:
    pass
payload = [1, 2, 3]
n = Node()
n.a = payload
n.b = payload
print(sys.getrefcount(payload))
del n.a
print(sys.getrefcount(payload))
n.b = None
print(sys.getrefcount(payload))
