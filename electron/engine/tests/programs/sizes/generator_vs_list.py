# a generator is small no matter how many items it will produce
import sys
g = (i for i in range(10000))
lst = [i for i in range(10000)]
print(sys.getsizeof(g))
print(sys.getsizeof(lst))
def gen():
    yield 1
print(sys.getsizeof(gen()))
print(sys.getsizeof(g) < sys.getsizeof(lst))
