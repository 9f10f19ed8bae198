# __del__ of objects in one cyclic garbage set all run during gc.collect()
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
nodes = [Node(c) for c in 'abc']
for i in range(3):
    nodes[i].next = nodes[(i + 1) % 3]
nodes = None
print('collect', gc.collect())
