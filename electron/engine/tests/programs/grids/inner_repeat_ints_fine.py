# [0]*3 repeats references to the same int: harmless since ints are immutable
row = [0] * 3
print(row[0] is row[1])
row[0] += 1
print(row)
