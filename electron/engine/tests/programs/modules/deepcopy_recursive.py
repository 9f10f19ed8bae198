# deepcopy handles a self-referencing list
import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b, b[1] is b, b is a)
