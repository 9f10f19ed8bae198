# gc.collect() returns 0 when there is no cyclic garbage
import gc
gc.collect()
a = [1, 2, 3]
b = {'k': a}
print(gc.collect())
del a, b
print(gc.collect())
