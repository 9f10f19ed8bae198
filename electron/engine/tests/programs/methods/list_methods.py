# common list methods and their return values
a = [3, 1, 2]
print(a.append(4), a)
print(a.extend([5, 6]), a)
print(a.insert(0, 0), a)
print(a.insert(100, 'end'), a)
print(a.insert(-1, 'before end'), a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.remove(1), a)
print(a.index(2), a.count(2), a.count(99))
