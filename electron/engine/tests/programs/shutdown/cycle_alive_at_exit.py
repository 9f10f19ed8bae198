# cyclic garbage left at exit is collected (and __del__ runs) during interpreter shutdown
import gc
class T:
    def __del__(self):
        print('del cyclic')
gc.disable()
t = T()
t.me = t
del t
print('end of program')
