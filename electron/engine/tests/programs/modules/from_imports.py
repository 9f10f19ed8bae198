# from-imports bind the functions directly
from sys import getrefcount, getsizeof
from copy import deepcopy
from gc import collect
lst = [[1]]
print(getrefcount(lst), getsizeof(lst))
d = deepcopy(lst)
print(d, d[0] is lst[0])
collect()
print(collect())
