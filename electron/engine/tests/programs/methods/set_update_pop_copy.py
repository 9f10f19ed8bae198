# update, copy, clear on sets of small ints
s = set()
s.update([5, 3, 1], (2,))
print(s)
c = s.copy()
s.clear()
print(s, c, len(c))
print(set('aab') == {'a', 'b'})
