# string operations make new strings; the original is untouched
s = 'hello'
t = s
s = s.upper()
print(s, t)
s += '!'
print(s, t, s is t)
