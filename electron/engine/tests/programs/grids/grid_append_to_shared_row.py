# appending to the shared row lengthens every row
grid = [[]] * 3
for i in range(3):
    grid[i].append(i)
print(grid)
print(len(grid[0]))
