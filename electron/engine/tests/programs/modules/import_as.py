# import ... as binds a different name
import sys as system
import copy as cp
lst = [[0]]
print(system.getsizeof(lst), cp.deepcopy(lst))
