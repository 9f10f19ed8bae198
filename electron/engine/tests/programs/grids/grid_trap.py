# [[0]*3]*3 repeats one row three times
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1], grid[1] is grid[2])
