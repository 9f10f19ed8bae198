# split and join
s = '  a b  c  '
print(s.split(), s.split(' '), 'a,b,,c'.split(','), 'a-b-c'.split('-', 1))
print('-'.join(['x', 'y', 'z']), ''.join(['a', 'b']), ', '.join('abc'))
print('line1\nline2\n'.split('\n'))
