# concatenating an empty string returns the other string itself (PyUnicode_Concat)
s = ''.join(['ab', 'c'])
e = ''.join([])
print(s + '' is s, '' + s is s, s + e is s, e + s is s)
t = s
t += ''
print(t is s)
print(s + 'd' is s, (s + 'd')[:3] is s)
