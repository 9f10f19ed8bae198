# disabling gc stops automatic collection but not gc.collect()
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.collect()
a = []
a.append(a)
del a
print(gc.collect())
gc.enable()
print(gc.isenabled())
