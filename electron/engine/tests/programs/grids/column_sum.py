# column sums over a properly built grid
grid = [[r * 3 + c for c in range(3)] for r in range(4)]
print(grid)
sums = [0] * 3
for row in grid:
    for c in range(3):
        sums[c] += row[c]
print(sums)
