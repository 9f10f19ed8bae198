# += inside a function mutates the caller's list; = a + rebinds only the local
def extend_in_place(lst):
    lst += [1]
def extend_copy(lst):
    lst = lst + [2]
    return lst
data = [0]
extend_in_place(data)
print(data)
r = extend_copy(data)
print(data, r)
