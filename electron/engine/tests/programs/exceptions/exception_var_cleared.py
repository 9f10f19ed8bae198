# the except-as name is deleted after the block
try:
    raise ValueError('x')
except ValueError as err:
    print('inside', err)
try:
    print(err)
except NameError as e:
    print('NameError:', e)
