# __del__ runs the moment the last reference goes
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
a = T('a')
b = a
print('deleting a')
del a
print('deleting b')
del b
print('end')
