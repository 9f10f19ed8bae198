# calling next on an exhausted iterator outside try ends the program with StopIteration
def g():
    yield 1
it = g()
print(next(it))
next(it)
