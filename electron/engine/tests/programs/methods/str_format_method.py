# str.format with positions, names and specs
print('{} + {} = {}'.format(1, 2, 3))
print('{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{:>6}|{:<6}|{:^6}|'.format('r', 'l', 'c'))
print('{:.2f} {:5d} {:05d} {:,}'.format(3.14159, 42, 42, 1234567))
