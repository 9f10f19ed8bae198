# in a comprehension grid each row has one reference
import sys
grid = [[0] * 3 for i in range(3)]
for r in grid:
    print(sys.getrefcount(r))
print(sys.getrefcount(grid))
