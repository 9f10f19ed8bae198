# sys.intern makes equal strings identical
import sys
parts = ['hello', 'world!']
a = sys.intern(' '.join(parts))
b = sys.intern('hello ' + parts[1])
print(a is b)
c = 'hello world!'
print(c is a)
