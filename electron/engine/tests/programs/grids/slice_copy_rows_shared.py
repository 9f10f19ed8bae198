# grid[:] copies the outer list only
grid = [[1, 2], [3, 4]]
copy1 = grid[:]
copy1[0][0] = 100
copy1[1] = [0, 0]
print(grid)
print(copy1)
