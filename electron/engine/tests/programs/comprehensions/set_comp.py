# set comprehensions of small ints print in order
print({x % 4 for x in range(20)})
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
print({x for x in []})
