# assigning a whole row breaks the sharing for that slot only
grid = [[0] * 2] * 3
grid[1] = [5, 5]
grid[0][1] = 7
print(grid)
print(grid[0] is grid[2], grid[0] is grid[1])
