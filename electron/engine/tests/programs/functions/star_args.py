# *args collects extra positional arguments into a tuple
def total(*args):
    print(type(args).__name__, args)
    return sum(args)
print(total())
print(total(1, 2, 3))
nums = [4, 5]
print(total(*nums, 6))
