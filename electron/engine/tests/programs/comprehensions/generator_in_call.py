# a generator expression as the sole argument needs no extra parentheses
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ['aa', 'b', 'cccc']))
print(sorted((x for x in [3, 1, 2]), reverse=True))
