# An uncaught NameError's last line ends with "Did you mean" naming the closest builtin (suggestions.c)
values = [3, 1, 2]
print(sorted(values))
print(lenn(values))
