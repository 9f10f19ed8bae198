# the loop variable keeps its last value; an empty loop leaves it unbound
for i in range(3):
    pass
print(i)
for j in []:
    pass
print('empty loop done')
k = 'before'
for k in []:
    pass
print(k)
