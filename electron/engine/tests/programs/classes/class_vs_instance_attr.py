# assigning through an instance creates an instance attribute that shadows the class one
class C:
    count = 0
    def __init__(self):
        C.count += 1
a = C()
b = C()
print(C.count, a.count, b.count)
a.count = 100
print(C.count, a.count, b.count)
