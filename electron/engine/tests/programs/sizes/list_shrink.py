# popping shrinks the allocation only when far below capacity
import sys
a = list(range(50))
a.append(50)
print(len(a), sys.getsizeof(a))
while len(a) > 0:
    a.pop()
    if len(a) % 5 == 0:
        print(len(a), sys.getsizeof(a))
a.clear()
print(sys.getsizeof(a))
