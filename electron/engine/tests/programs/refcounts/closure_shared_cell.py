# two closures over one variable share one cell
import sys
def make():
    box = []
    def add(x):
        box.append(x)
    def get():
        return box
    return add, get
add, get = make()
add(1)
b = get()
print(b, sys.getrefcount(b))
del add
print(sys.getrefcount(b))
del get
print(sys.getrefcount(b))
