# gc.collect counts instances and their materialized __dict__
import gc
gc.collect()
class P:
    pass
p = P()
p.self = p
del p
print(gc.collect())
q = P()
q.x = 1
q.y = [1]
q.self = q
del q
print(gc.collect())
