# instance __dict__ sizes follow the class's shared keys (split tables), which shrink as instances are made
import sys
class D: pass
d = D(); print(sys.getsizeof(d.__dict__))
e = D(); e.x = 1; print(sys.getsizeof(e.__dict__))
class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P(); q = P()
print(sys.getsizeof(p.__dict__), sys.getsizeof(q.__dict__))
q.c = 3
print(sys.getsizeof(q.__dict__))
r = P(); print(sys.getsizeof(r.__dict__), sys.getsizeof(vars(p)))
