# deepcopy of an immutable tuple of immutables returns the same tuple
import copy
t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t)
u = (1, [2])
v = copy.deepcopy(u)
print(v is u, v == u, v[1] is u[1])
