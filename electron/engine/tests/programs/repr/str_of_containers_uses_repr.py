# str of a container uses repr of its elements
print(str(['a', 1.5, None]))
print(str(('x',)))
print(str({'a': 'b'}))
