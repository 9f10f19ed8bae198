# converting a huge int to float overflows
big = 10 ** 400
print(len(str(big)))
float(big)
