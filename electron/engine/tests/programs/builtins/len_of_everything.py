# len of every container type
print(len(''), len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(10)))
print(len('日本'), len([[]]), len(range(0, 100, 7)))
