# strings built at runtime are new objects
a = 'hello world'
parts = ['hello', 'world']
b = ' '.join(parts)
print(a == b, a is b)
c = 'hello' + ' ' + parts[1]
print(c == a, c is a)
