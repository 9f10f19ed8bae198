# next() past the end of an iterator
it = iter([1])
print(next(it))
next(it)
