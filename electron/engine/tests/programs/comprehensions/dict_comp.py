# dict comprehensions keep insertion order; later keys overwrite
print({x: x * x for x in range(5)})
print({w[0]: w for w in ['apple', 'avocado', 'banana']})
print({k: v for k, v in zip('abc', range(3)) if v != 1})
