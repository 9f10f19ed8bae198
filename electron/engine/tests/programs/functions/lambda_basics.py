# lambdas are expressions
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
pairs = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(pairs, key=lambda p: p[1]))
print((lambda *a: len(a))(1, 2, 3))
