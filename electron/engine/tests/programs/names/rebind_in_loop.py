# rebinding in a loop: each iteration gets a new list, old ones die
keep = []
for i in range(3):
    cur = [i]
    keep.append(cur)
print(keep)
print(keep[0] is keep[1])
print(cur is keep[2])
