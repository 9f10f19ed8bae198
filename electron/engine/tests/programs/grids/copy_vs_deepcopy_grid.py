# copy.copy shares rows, copy.deepcopy does not
import copy
grid = [[1, 2], [3, 4]]
shallow = copy.copy(grid)
deep = copy.deepcopy(grid)
grid[0][0] = 'X'
print(shallow)
print(deep)
print(shallow[0] is grid[0], deep[0] is grid[0])
