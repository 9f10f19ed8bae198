# an object resurrected by __del__ goes to the old generation; a later young collection does not see it
import gc
gc.collect()
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R()
r.me = r
del r
print(gc.collect(0))
print(len(saved))
saved[0].me = None
saved.clear()
print(gc.collect())
