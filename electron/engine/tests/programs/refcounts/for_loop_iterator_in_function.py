# same inside a function: the iterator lives on the frame's value stack
import sys
def walk(seq):
    for element in seq:
        print(sys.getrefcount(seq), sys.getrefcount(element))
    print(sys.getrefcount(seq))
walk([[1], [2]])
data = [[3]]
walk(data)
