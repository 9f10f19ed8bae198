# a recursive inner function creates a cycle through its cell
import gc
gc.collect()
def outer():
    def inner(n):
        if n == 0:
            return 0
        return inner(n - 1) + 1
    return inner(3)
print(outer())
print(gc.collect())
