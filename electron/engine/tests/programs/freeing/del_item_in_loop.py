# freeing while a loop iterates over a copy
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
objs = [T(i) for i in range(4)]
for o in objs[:]:
    if o.n % 2 == 0:
        objs.remove(o)
print('loop done (o still holds last)', o.n)
o = None
objs = None
print('done')
