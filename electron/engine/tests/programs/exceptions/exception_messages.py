# str() of common exceptions gives CPython's messages
def msg(action):
    try:
        action()
    except Exception as e:
        print(type(e).__name__ + ':', e)
msg(lambda: [1, 2][5])
msg(lambda: (1,)[3])
msg(lambda: {'a': 1}['b'])
msg(lambda: 1 / 0)
msg(lambda: 1 // 0)
msg(lambda: 1 % 0)
msg(lambda: int('abc'))
msg(lambda: 1 + 'a')
msg(lambda: 'a' + 1)
msg(lambda: [] + ())
msg(lambda: len(5))
msg(lambda: None.x)
msg(lambda: 'abc'[10])
msg(lambda: [].pop())
msg(lambda: [1].remove(2))
msg(lambda: float('nope'))
