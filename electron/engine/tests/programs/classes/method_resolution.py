# attribute lookup goes instance, class, base class
class A:
    x = 'A.x'
    def who(self):
        return 'A.who'
class B(A):
    y = 'B.y'
b = B()
print(b.x, b.y, b.who())
b.x = 'instance x'
print(b.x, A.x, B.x)
B.x = 'B.x'
del b.x
print(b.x)
