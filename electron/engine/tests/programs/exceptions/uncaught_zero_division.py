# integer division by zero
a = 10
b = a - 10
print(a / 2)
print(a // b)
