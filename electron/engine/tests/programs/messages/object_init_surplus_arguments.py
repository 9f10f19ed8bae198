# object.__init__ with surplus arguments (object_init): an error once the class overrides __init__
class A:
    def __init__(self, x):
        super().__init__(x)
class B:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, *args):
        super().__init__()
class C:
    pass
for make in (lambda: A(1), lambda: B(1, 2), lambda: C(1), lambda: object().__init__(1), lambda: object().__init__()):
    try:
        print(type(make()).__name__)
    except TypeError as e:
        print(e)
print(format(5, 'd'))
for spec in (1, None, [1]):
    try:
        format(5, spec)
    except TypeError as e:
        print(e)

class D:
    pass
try:
    D().__init__(1)
except TypeError as e:
    print(e)
class N:
    def __new__(cls, *a):
        return super().__new__(cls)
N().__init__(1)
print("N ok")
