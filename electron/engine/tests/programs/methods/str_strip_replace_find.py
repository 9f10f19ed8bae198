# strip replace find count
s = '--hello world--'
print(s.strip('-'), s.lstrip('-'), s.rstrip('-'))
print('  pad  '.strip(), repr(' x '.lstrip()), repr(' x '.rstrip()))
print(s.replace('l', 'L'), s.replace('l', 'L', 1), s.replace('zz', 'y'))
print(s.find('o'), s.find('o', 7), s.find('zz'), s.count('l'), s.count('-'))
print(s.index('w'))
