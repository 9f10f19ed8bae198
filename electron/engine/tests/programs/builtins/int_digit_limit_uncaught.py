# An uncaught digit-limit ValueError from print ends the program with CPython's traceback line; earlier output survives
print('before')
n = 10 ** 5000
print(n)
