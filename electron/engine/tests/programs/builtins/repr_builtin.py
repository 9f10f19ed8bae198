# repr vs str of values
for v in ['a', "it's", 'say "hi"', 1.0, [1, 'x'], None, (1,)]:
    print(repr(v), str(v))
