# fold_iter: `for x in [1, 2]` and comprehension sources iterate a constant tuple, not a new list
import sys, gc
gc.collect()
gc.disable()
start = gc.get_count()[0]
for x in [10, 20, 30]:
    pass
print(gc.get_count()[0] - start)
start = gc.get_count()[0]
squares = [y * y for y in [1, 2, 3] for z in [0, 1]]
print(squares, gc.get_count()[0] - start)
n = 400
start = gc.get_count()[0]
for x in [n, n + 1]:
    print(x, sys.getrefcount(x) > 0)
print(gc.get_count()[0] - start)
start = gc.get_count()[0]
for x in [[1], [2]]:
    print(x)
print(gc.get_count()[0] - start)
gc.enable()
