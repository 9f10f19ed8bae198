# which object a name ends up bound to depends on the branch
a = [1]
b = [2]
c = a if len(a) > len(b) else b
print(c is b, c is a)
c = a if len(a) >= len(b) else b
print(c is a)
