# using a deleted name raises NameError
x = [1]
del x
print('deleted')
print(x)
