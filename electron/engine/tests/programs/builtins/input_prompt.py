# input() writes its prompt to stdout before it reads stdin, which is empty here: EOFError
try:
    name = input('Your name? ')
except EOFError as error:
    print()
    print('EOFError:', error)
try:
    input('a', 'b')
except TypeError as error:
    print(error)
