# iterating a dict's items holds the dict through the iterator
import sys
d = {'a': [1], 'b': [2]}
for k, v in d.items():
    print(k, sys.getrefcount(v), sys.getrefcount(d))
print(sys.getrefcount(d))
