# sorted with key and reverse, and stability
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, reverse=True))
print(sorted('hello'), sorted({3: 'x', 1: 'y'}))
