# resurrected by a gen-0 collection: it moves to gen 1, found again by collect(1)
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
saved.clear()
print(gc.collect(0))
print(gc.collect(1))
