# set displays and set() of iterables
import sys
print(sys.getsizeof(set()))
print(sys.getsizeof({1}))
print(sys.getsizeof({1, 2, 3, 4, 5}))
print(sys.getsizeof(set(range(10))))
print(sys.getsizeof(set(range(100))))
