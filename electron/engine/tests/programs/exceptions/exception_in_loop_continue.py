# handling exceptions inside a loop and continuing
values = ['1', 'x', '3', '', '5']
total = 0
for v in values:
    try:
        total += int(v)
    except ValueError as e:
        print('skip', repr(v), e)
        continue
    print('added', v)
print(total)
