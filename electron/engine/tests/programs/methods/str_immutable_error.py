# strings do not support item assignment
s = 'abc'
print(s.upper())
s[0] = 'z'
