# [[]]*3 shares one empty list
buckets = [[]] * 3
buckets[1].append('x')
print(buckets)
buckets[2] = ['own']
buckets[0].append('y')
print(buckets)
