# formatting a lone str field with nothing to pad or cut returns the str itself
s = ''.join(['ab', 'c'])
print('%s' % s is s, '%s' % (s,) is s, '%(k)s' % {'k': s} is s, '%2s' % s is s, '%5s' % s is s)
print('x%s' % s is s, '%s%s' % (s, '') is s, '%r' % s is s, '%.2s' % s is s, '%.9s' % s is s)
print('{}'.format(s) is s, '{0}'.format(s) is s, '{!s}'.format(s) is s, '{:3}'.format(s) is s, '{:4}'.format(s) is s)
print('{}{}'.format('', s) is s, '{}{}'.format(s, '') is s, '{}!'.format(s) is s, '{x}'.format(x=s) is s)
print(f'{s}' is s, f'{s!s}' is s, f'{s:}' is s, f'{s:3}' is s, f'{s:>5}' is s, f'{s!r}' is s, f'<{s}>' is s)
print(format(s) is s, format(s, '') is s, str(s) is s, s.__str__() is s)
