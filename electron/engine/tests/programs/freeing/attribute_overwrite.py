# replacing or deleting an attribute frees the old value
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
class Box:
    pass
b = Box()
b.item = T('one')
b.item = T('two')
print('replaced')
del b.item
print('deleted')
