# f-strings with expressions, dicts and methods
d = {'k': [1, 2]}
items = ['a', 'b']
print(f"{d['k'][1]} {len(items)} {', '.join(items)} {items[-1]!r}")
print(f'{3.5:10} {"x":>10}|')
print(f'{0.1 + 0.2} {1e16} {-0.0}')
