# unpacking strings and dict keys
a, b, c = 'xyz'
k1, k2 = {'one': 1, 'two': 2}
print(a, b, c, k1, k2)
