# taking a row out keeps it alive after the grid is rebuilt
import sys
grid = [[1, 2] for i in range(2)]
r = grid[0]
grid = None
print(r, sys.getrefcount(r))
