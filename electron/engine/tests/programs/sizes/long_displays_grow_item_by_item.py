# a display of more than 30 items is built by appending to an empty list (or set), so it
# over-allocates where BUILD_LIST 30 would not; a generator's frame holds the shorter stack
import sys
v = 7
thirty = [v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v]
thirty_one = [v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v]
print(len(thirty), sys.getsizeof(thirty), len(thirty_one), sys.getsizeof(thirty_one))
spread = [v, *[1, 2], v]
print(sys.getsizeof(spread), sys.getsizeof((v, *[1, 2], v)), sys.getsizeof({v, *[1, 2], 9}))
def g():
    yield [v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v]
print(sys.getsizeof(g()))
