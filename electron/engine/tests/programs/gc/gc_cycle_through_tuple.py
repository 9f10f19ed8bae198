# a cycle through a tuple and a list
import gc
gc.collect()
lst = []
t = (lst,)
lst.append(t)
del lst, t
print(gc.collect())
