# a returned local survives the frame
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
def make():
    keep = T('kept')
    drop = T('dropped')
    return keep
k = make()
print('got', k.n)
del k
print('done')
