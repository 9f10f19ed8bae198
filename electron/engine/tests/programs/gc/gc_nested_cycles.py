# several independent cycles are collected together
import gc
gc.collect()
for i in range(5):
    a = []
    a.append(a)
del a
print(gc.collect())
