# mixed-type comparisons
print(1 == 1.0, 0.1 + 0.2 == 0.3)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), 'abc' < 'abd', 'B' < 'a')
print([1, 2] == [1, 2], (1,) == [1], {1: 2} == {1: 2})
