# appending to a list while iterating over it extends the loop
items = [1, 2, 3]
for x in items:
    if x < 4:
        items.append(x + 3)
    print(x)
print(items)
