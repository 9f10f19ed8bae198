# x = x[0] = [...] style chains: leftmost target is bound first
x = [1, 2]
y = x
x = x[0] = [7]
print(x, y)
