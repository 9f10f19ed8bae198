# the for loop variable is an alias of each element
rows = [[1], [2], [3]]
for r in rows:
    r.append(0)
print(rows)
for r in rows:
    r = [9]
print(rows)
