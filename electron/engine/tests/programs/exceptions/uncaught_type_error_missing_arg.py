# calling a function with a missing argument
def f(a, b):
    return a
f(1)
