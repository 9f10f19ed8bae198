# three levels of repetition: sharing at each level
cube = [[[0] * 2] * 2] * 2
cube[0][0][0] = 1
print(cube)
cube2 = [[[0] * 2 for i in range(2)] for j in range(2)]
cube2[0][0][0] = 1
print(cube2)
