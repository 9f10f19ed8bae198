# a comprehension builds a new row each time
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
print(grid[0] is grid[1])
