# remove of a missing element raises KeyError
s = {1, 2}
s.discard(3)
print(s)
s.remove(3)
