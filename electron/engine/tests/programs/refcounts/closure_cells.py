# a closure holds the cell, the cell holds the object
import sys
def make():
    data = [1, 2]
    def get():
        return data
    print('in make', sys.getrefcount(data))
    return get
getter = make()
value = getter()
print(sys.getrefcount(value))
getter = None
print(sys.getrefcount(value))
