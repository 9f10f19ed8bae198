# a generator of fibonacci numbers with a limit
def fib(limit):
    a, b = 0, 1
    while a < limit:
        yield a
        a, b = b, a + b
print(list(fib(1000)))
print(sum(fib(10 ** 6)))
