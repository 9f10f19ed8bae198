# a decorator factory and stacked decorators
def repeat(n):
    def deco(fn):
        def wrapper(x):
            return [fn(x) for i in range(n)]
        return wrapper
    return deco
def add_one(fn):
    def wrapper(x):
        return fn(x) + 1
    return wrapper
@repeat(3)
@add_one
def double(x):
    return 2 * x
print(double(5))
