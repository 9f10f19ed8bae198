# None is a singleton: use `is`
def nothing():
    pass
r = nothing()
print(r is None, r == None)
print(nothing() is nothing())
