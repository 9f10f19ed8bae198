# t[0] += [x] mutates the list and then fails to assign into the tuple
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError:', e)
print(t)
