# an instance referring to itself needs the collector; __del__ runs during collection
import gc
gc.collect()
class Node:
    def __del__(self):
        print('del node')
n = Node()
n.me = n
del n
print('after del')
print(gc.collect())
print('after collect')
