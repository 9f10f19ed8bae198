# int() of a non-number string
n = int('42')
print(n)
m = int('x')
