# inside a call the parameter is one more reference
import sys
def show(obj):
    print(sys.getrefcount(obj))
def show_two(a, b):
    print(sys.getrefcount(a))
data = []
print(sys.getrefcount(data))
show(data)
show_two(data, data)
print(sys.getrefcount(data))
