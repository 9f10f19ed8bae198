# nested loops over the same list: two iterators
import sys
xs = [[0], [1]]
for a in xs:
    for b in xs:
        print(sys.getrefcount(xs))
print(sys.getrefcount(xs))
