# nested for clauses run left to right
print([(i, j) for i in range(3) for j in range(i)])
print([c + str(n) for c in 'ab' for n in range(2)])
