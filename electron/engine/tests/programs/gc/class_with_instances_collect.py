# a class and its instances die together in one collection
import gc
gc.collect()
class K:
    def __init__(self):
        self.me = self
k1 = K()
k2 = K()
del k1, k2
print(gc.collect())
del K
print(gc.collect())
class L:
    pass
inst = L()
del L
print(gc.collect())
del inst
print(gc.collect())
