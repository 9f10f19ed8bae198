# string indexing and slicing
s = 'python'
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-100:2])
print('y' in s, 'th' in s, 'xyz' not in s)
