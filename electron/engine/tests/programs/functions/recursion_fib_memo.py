# recursion with a memo dict passed as a default argument
def fib(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 2:
        return n
    memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(80))
print(fib(10), fib(1), fib(0))
