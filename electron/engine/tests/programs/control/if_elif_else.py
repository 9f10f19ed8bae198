# if/elif/else picks the first true branch
for n in [-3, 0, 4, 15, 100]:
    if n < 0:
        print(n, 'negative')
    elif n == 0:
        print(n, 'zero')
    elif n < 10:
        print(n, 'small')
    else:
        print(n, 'large')
