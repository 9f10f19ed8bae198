# comprehension calling functions and methods
words = ['  Hello ', 'World  ', ' py ']
print([w.strip().lower() for w in words])
print([len(w) for w in words])
print({w.strip(): len(w.strip()) for w in words})
