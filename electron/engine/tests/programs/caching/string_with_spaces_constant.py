# non-identifier strings are still shared as constants within one file
a = 'hello world'
b = 'hello world'
print(a is b)
def g():
    return 'hello world'
print(g() is a)
