# test_sys.py SizeofTest.test_objecttypes: sys.getsizeof of the objects it checks that fit the subset
import sys
def get_cell():
    x = 42
    def inner():
        return x
    return inner
def func():
    pass
def get_gen():
    yield 1
class C:
    pass
print(sys.getsizeof(True), sys.getsizeof(False), sys.getsizeof(len))
print(sys.getsizeof(get_cell().__closure__[0]))
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}))
longdict = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8}
print(sys.getsizeof(longdict))
print(sys.getsizeof({}.keys()), sys.getsizeof({}.values()), sys.getsizeof({}.items()))
print(sys.getsizeof(iter({})), sys.getsizeof(iter({}.keys())), sys.getsizeof(iter({}.values())), sys.getsizeof(iter({}.items())))
print(sys.getsizeof(BaseException()), sys.getsizeof(Ellipsis))
print(sys.getsizeof(enumerate([])), sys.getsizeof(reversed('')), sys.getsizeof(float(0)))
print(sys.getsizeof(func), sys.getsizeof(get_gen()), sys.getsizeof(iter('abc')))
print(sys.getsizeof(list([])), sys.getsizeof(list([1])), sys.getsizeof(list([1, 2])), sys.getsizeof(list([1, 2, 3])))
print(sys.getsizeof(iter([])), sys.getsizeof(reversed([])))
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(-1), sys.getsizeof(2 ** 30), sys.getsizeof(2 ** 60 - 1), sys.getsizeof(2 ** 60))
print(sys.getsizeof(None), sys.getsizeof(NotImplemented), sys.getsizeof(object()))
print(sys.getsizeof(iter(range(1))), sys.getsizeof(range(1)), sys.getsizeof(range(66000)))
for sample in [[], [1], list(range(4)), list(range(8)), list(range(20))]:
    print(len(sample), sys.getsizeof(set(sample)), sys.getsizeof(frozenset(sample)))
print(sys.getsizeof(iter(set())), sys.getsizeof(()), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof(C), sys.getsizeof(C().__dict__))
