# send() resumes a generator with a value
def echo():
    received = None
    while True:
        received = yield received
        print('got', received)
g = echo()
print(next(g))
print(g.send('a'))
print(g.send('b'))
