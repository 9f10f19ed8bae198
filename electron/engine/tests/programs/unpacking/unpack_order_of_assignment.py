# targets are assigned left to right: i is updated before x[i]
x = [0, 0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
