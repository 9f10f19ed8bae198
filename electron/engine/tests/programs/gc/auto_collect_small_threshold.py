# a small threshold triggers collection sooner
import gc
gc.collect()
gc.set_threshold(10)
counter = -1
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('collected', self.name, 'at', counter)
a = Node('first')
a.me = a
del a
keep = []
for counter in range(30):
    keep.append([])
b = Node('second')
b.me = b
del b
for counter in range(30, 60):
    keep.append([])
gc.set_threshold(700, 10, 10)
print('done')
