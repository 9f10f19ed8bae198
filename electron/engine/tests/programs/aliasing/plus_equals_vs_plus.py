# a += [x] mutates in place; a = a + [x] builds a new list
a = [1]
alias = a
a += [2]
print(a, alias, a is alias)
a = a + [3]
print(a, alias, a is alias)
