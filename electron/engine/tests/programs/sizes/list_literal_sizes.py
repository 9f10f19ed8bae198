# list displays are allocated exactly
import sys
print(sys.getsizeof([]))
print(sys.getsizeof([1]))
print(sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))
print(sys.getsizeof([[], [], []]))
