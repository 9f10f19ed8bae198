# identifier-like string literals are interned
a = 'hello'
b = 'hello'
print(a is b)
c = 'hel' + 'lo'
print(a is c)
