# iter() returns an iterator holding its list until exhausted
import sys
lst = [1, 2]
it = iter(lst)
print(sys.getrefcount(lst))
print(next(it), next(it))
print(sys.getrefcount(lst))
for x in it:
    pass
print(sys.getrefcount(lst))
