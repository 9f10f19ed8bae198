# the None-default idiom gives every call its own list
def add(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(add(1), add(2))
x = add(3)
y = add(4)
print(x is y)
