# deepcopy keeps internal sharing: a trap grid stays a trap
import copy
grid = [[0] * 2] * 2
g2 = copy.deepcopy(grid)
g2[0][0] = 9
print(g2)
print(g2[0] is g2[1], g2[0] is grid[0])
