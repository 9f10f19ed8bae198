# a decorator wraps a function
def shout(fn):
    def wrapper(*args, **kwargs):
        print('calling with', args)
        return fn(*args, **kwargs).upper()
    return wrapper
@shout
def hello(name):
    return 'hello ' + name
print(hello('world'))
