# a __del__ at exit that stores its object in a global: the object is not finalized twice
import gc
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, 'saved so far', len(saved))
        saved.append(self)
p = Phoenix('p')
q = Phoenix('q')
q.me = q
del q
print('collected', gc.collect(), 'saved', len(saved))
print('end of program')
