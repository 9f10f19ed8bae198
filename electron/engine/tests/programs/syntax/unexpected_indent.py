# an indented line where none is allowed
print('a')
    print('b')
