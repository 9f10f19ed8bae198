# a dict holding itself is cyclic garbage
import gc
gc.collect()
d = {}
d['me'] = d
d = None
print(gc.collect())
