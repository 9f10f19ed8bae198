# after copy.copy, the copy's dict is materialized: vars() and cycles through it
import gc, copy
gc.collect()
class P:
    def __init__(self):
        self.v = [1]
a = P()
c = copy.copy(a)
print(c.v is a.v)
c.other = a
a.other = c
del a, c
print(gc.collect())
