# repr picks quotes like CPython
for s in ["plain", "it's", 'say "hi"', 'both \' and "', '', 'back\\slash']:
    print(repr(s))
