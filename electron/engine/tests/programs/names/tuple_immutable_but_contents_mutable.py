# a tuple cannot change which objects it holds, but a list inside can change
t = ([1], [2])
u = t
t[0].append(10)
print(t, u)
t += ([3],)
print(t)
print(u)
print(t is u, t[0] is u[0])
