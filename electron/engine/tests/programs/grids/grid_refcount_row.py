# the shared row is referenced by every grid slot
import sys
grid = [[0] * 3] * 3
print(sys.getrefcount(grid[0]))
row = grid[0]
print(sys.getrefcount(row))
grid[1] = [1]
print(sys.getrefcount(row))
