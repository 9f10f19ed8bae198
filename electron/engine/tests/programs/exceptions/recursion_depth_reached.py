# how deep plain recursion gets before RecursionError, and that the program carries on
depth = 0
def f():
    global depth
    depth += 1
    f()
try:
    f()
except RecursionError as e:
    print(depth, e)
depth = 0
try:
    f()
except RecursionError:
    print(depth)
