# 'ab' * 3 is folded into a constant; a runtime repeat is new
a = 'ababab'
b = 'ab' * 3
print(a is b)
n = 3
c = 'ab' * n
print(c == a, c is a)
