# arithmetic results in the small range come from the cache, others are new
x = 200
y = x + 56
z = x + 57
w = 257
two56 = 256
print(y is two56)
print(y is int('256'))
print(z is w, z == w)
