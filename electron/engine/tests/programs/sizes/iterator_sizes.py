# each iterator type has its own size: list/tuple/range/str 48, dict and enumerate 72, zip and set 64
import sys
print(sys.getsizeof(iter([1, 2])), sys.getsizeof(iter((1,))), sys.getsizeof(iter(range(5))), sys.getsizeof(iter('abc')))
d = {'a': 1}
print(sys.getsizeof(iter(d)), sys.getsizeof(iter(d.values())), sys.getsizeof(iter(d.items())))
print(sys.getsizeof(enumerate([1])), sys.getsizeof(zip([1], [2])), sys.getsizeof(zip()))
print(sys.getsizeof(iter({1, 2})), sys.getsizeof(iter(frozenset([3]))))
print(sys.getsizeof(reversed([1])), sys.getsizeof(reversed((1, 2))), sys.getsizeof(reversed(range(3))))
print(sys.getsizeof(map(str, [1])), sys.getsizeof(filter(None, [0, 1])))
it = iter([1, 2, 3])
next(it)
print('after next', sys.getsizeof(it))
