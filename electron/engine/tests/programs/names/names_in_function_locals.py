# a function's local names are separate from module names with the same spelling
x = [1]
def f(x):
    x = x + [2]
    return x
y = f(x)
print(x, y)
print(x is y)
