# a function that returns its argument returns the same object
def same(x):
    return x
lst = [1]
r = same(lst)
r.append(2)
print(lst, r is lst)
