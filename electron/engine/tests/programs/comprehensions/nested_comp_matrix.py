# a comprehension inside a comprehension builds a matrix
m = [[i * j for j in range(4)] for i in range(3)]
print(m)
flat = [x for row in m for x in row if x]
print(flat)
