# dict.fromkeys, copy, update and popitem size the table as CPython's dict_merge and
# _PyDict_FromKeys do, not as if the keys were inserted one by one
import sys
mixed = dict.fromkeys({'d', 'g', 'c', 23, 'e'})
print(sys.getsizeof(mixed), sys.getsizeof(dict.fromkeys({'d', 'g', 'c'})))
print(sys.getsizeof(dict.fromkeys({'a': 1, 'b': 2})), sys.getsizeof(dict.fromkeys({1: 1, 2: 2})))
pair = dict.fromkeys({'b', 'g'})
pair.popitem()
print(sys.getsizeof(pair), sys.getsizeof(pair.copy()))
grown = {}
for i in range(6):
    grown[i] = i
merged = {}
merged.update(grown)
print(sys.getsizeof(grown), sys.getsizeof(merged), sys.getsizeof(dict(grown)), sys.getsizeof({**grown}))
k = 'key'
print(sys.getsizeof({k: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}), sys.getsizeof({k: 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
