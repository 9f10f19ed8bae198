# and/or return one of their operands and short-circuit
def side(label, value):
    print('eval', label)
    return value
print(side('a', 0) and side('b', 1))
print(side('c', 2) and side('d', 3))
print(side('e', 0) or side('f', ''))
print(side('g', [1]) or side('h', 1))
print(not side('i', []))
