# a class with __del__, deleted with an instance in a cycle: the instance finalizes, then all are collected
import gc
gc.collect()
class K:
    def __del__(self):
        print('del', type(self).__name__)
k = K()
k.me = k
del k, K
print(gc.collect())
