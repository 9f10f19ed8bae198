# dicts with string keys grow the same way
import sys
d = {}
sizes = []
for i in range(20):
    d['k' + str(i)] = None
    sizes.append(sys.getsizeof(d))
print(sizes)
