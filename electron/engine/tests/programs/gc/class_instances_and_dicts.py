# instances whose __dict__ was read become real dicts, counted with their class
import gc
gc.collect()
class P:
    def __init__(self, v):
        self.v = v
a = P(1)
b = P(2)
print(sorted(vars(a)))
a.peer = b
b.peer = a
del a, b
print(gc.collect())
del P
print(gc.collect())
