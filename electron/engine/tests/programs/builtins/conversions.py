# int float str bool list tuple dict set conversions
print(int('12'), int(3.99), int(-3.99), int(True), int('-7'), int(' 8 '))
print(float('1.5'), float(2), float('-0'), float(' 3 '))
print(str(12), str(1.0), str(None), str([1, 'a']))
print(bool(0), bool('0'), bool([]), bool([0]))
print(list('abc'), tuple([1, 2]), list((3, 4)))
print(dict([('a', 1), ('b', 2)]), dict(x=1), set([3, 1, 3]))
