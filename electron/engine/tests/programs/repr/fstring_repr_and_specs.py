# f-strings with !r and format specs
name = 'Ann'
x = 3.14159
n = 42
print(f'{name!r} {name} {x:.2f} {n:5d}|{n:<5}|{n:>5}|{n:^5}|')
print(f'{n:05d} {x:8.3f} {x:e} {n:x} {n:o} {n:b} {1234567:,}')
print(f'{[1, 2]!r} {"q"!r} {name!s} {x!r}')
print(f'{{literal}} {n * 2} {name.upper()}')
