# a class body runs once, at definition time
print('before class')
class K:
    print('inside class body')
    x = [1, 2]
    y = len(x)
print('after class', K.y)
