# a running for loop holds the list through its iterator
import sys
items = [[1], [2]]
print(sys.getrefcount(items))
for it in items:
    print(sys.getrefcount(items), sys.getrefcount(it))
print(sys.getrefcount(items))
