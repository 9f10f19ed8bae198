# with gc disabled no automatic collection happens
import gc
gc.collect()
gc.disable()
class Node:
    def __del__(self):
        print('collected')
n = Node()
n.me = n
del n
keep = []
for i in range(2000):
    keep.append([i])
print('loop done, nothing collected yet')
print(gc.collect() > 0)
gc.enable()
