# equal constants in one file are one object
a = 1000
b = 1000
print(a is b)
def f():
    return 1000
print(f() is a)
