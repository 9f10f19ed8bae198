# the default list is created once and shared across calls
def add(item, bucket=[]):
    bucket.append(item)
    return bucket
a = add(1)
b = add(2)
print(a, b, a is b)
c = add(3, [])
print(c, a)
