# Only the last comparator of a chain is folded (ast_opt.c fold_compare): the middle `[2]` stays a list
import gc
print(2 in [2] not in [[2]])
print(1 < 2 in [2, 3] in [[2, 3]])
print([1] == [1] in [[1]])
x = [5]
print(5 in x in [x])
print(5 in x in [[5]])
print(() in [()])
print(3 not in [] == False)
a = 1
b = 2
print(a in [a, b], a in {a, b}, a not in [b], [a] in [[a]])
for v in [a, b]:
    print(v, end=' ')
print()
gc.collect()
before = gc.get_count()[0]
hits = [i for i in [1, 2, 3] if i in {2, 3}]
print(hits, gc.get_count()[0] - before)
