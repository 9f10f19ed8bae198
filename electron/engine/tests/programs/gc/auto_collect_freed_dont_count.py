# objects freed by refcount reduce the allocation count, so churn alone never triggers gc
import gc
gc.collect()
class Node:
    def __del__(self):
        print('collected')
n = Node()
n.me = n
del n
for i in range(5000):
    tmp = [i]
print('loop done')
print(gc.collect() > 0)
