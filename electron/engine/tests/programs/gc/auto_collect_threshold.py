# allocations beyond the gen0 threshold trigger an automatic collection
import gc
gc.collect()
counter = -1
class Node:
    def __del__(self):
        print('collected automatically at', counter)
n = Node()
n.me = n
del n
keep = []
for counter in range(1000):
    keep.append([])
print('loop done')
keep = None
