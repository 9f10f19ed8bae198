# a resurrected cycle is collected later without __del__ running again
import gc
gc.collect()
saved = []
class R:
    def __del__(self):
        print('del')
        saved.append(self)
r = R()
r.me = r
del r
print(gc.collect())
saved.clear()
print(gc.collect())
