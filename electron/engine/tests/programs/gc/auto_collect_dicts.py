# dict allocations count toward the automatic collection threshold too
import gc
gc.collect()
step = -1
class Node:
    def __del__(self):
        print('collected at', step)
n = Node()
n.me = n
n = None
store = []
for step in range(800):
    store.append({'i': [step]})
print('done')
store = None
