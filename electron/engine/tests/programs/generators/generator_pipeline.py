# chained generators process items one at a time
def numbers():
    for i in range(5):
        print('produce', i)
        yield i
def squares(src):
    for x in src:
        print('square', x)
        yield x * x
for s in squares(numbers()):
    print('consume', s)
