# each generator object has its own frame
def count(start):
    while True:
        yield start
        start += 1
a = count(0)
b = count(100)
print(next(a), next(b), next(a), next(b), next(a))
