# adding int and str
x = 1
y = 'two'
print('about to add')
z = x + y
