# sets of small non-negative ints print in ascending order
print({5, 3, 1, 4, 2, 0})
print({10, 20, 3})
print(set(range(10, 0, -1)))
print(set(), {0})
