# garbage that refers to live objects frees only itself
import gc
import sys
gc.collect()
alive = [42]
g = [alive]
g.append(g)
print(sys.getrefcount(alive))
del g
print(sys.getrefcount(alive))
print(gc.collect())
print(sys.getrefcount(alive))
