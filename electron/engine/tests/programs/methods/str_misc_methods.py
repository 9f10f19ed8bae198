# center ljust rjust zfill partition
print('ab'.center(6, '*'), 'ab'.ljust(4, '.'), 'ab'.rjust(4), '42'.zfill(5))
print('key=value=x'.partition('='), 'abc'.partition('z'))
print('Mississippi'.count('ss'), 'Mississippi'.count('s'))
