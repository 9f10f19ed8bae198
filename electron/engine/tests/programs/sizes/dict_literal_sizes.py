# dict displays and dict() of various lengths
import sys
print(sys.getsizeof({}))
print(sys.getsizeof({'a': 1}))
print(sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print(sys.getsizeof(dict(a=1, b=2)))
print(sys.getsizeof({i: i for i in range(10)}))
