# a tuple holding a list: the list is shared by every tuple copy
inner = [1]
t1 = (inner, 2)
t2 = t1[:]
print(t2 is t1)
inner.append(3)
print(t1, t2)
