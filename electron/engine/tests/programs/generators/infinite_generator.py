# an infinite generator consumed partially
def naturals():
    n = 0
    while True:
        yield n
        n += 1
g = naturals()
first = [next(g) for _ in range(5)]
print(first)
print(next(g))
