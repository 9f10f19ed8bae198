# two lists in a cycle count as two unreachable objects
import gc
gc.collect()
x = [1]
y = [2]
x.append(y)
y.append(x)
del x, y
print(gc.collect())
