# list.index of a missing value
lst = ['a', 'b']
print(lst.index('b'))
lst.index('z')
