# assert raises AssertionError with an optional message
try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('caught', e)
assert True
x = 5
assert x > 0
print('ok')
