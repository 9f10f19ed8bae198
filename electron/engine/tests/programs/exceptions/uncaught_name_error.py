# an undefined name
print('start')
print(x)
