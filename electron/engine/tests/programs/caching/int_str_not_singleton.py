# an int's digits are always a new string, even one digit; %d goes through the writer's singleton
s = ''.join(['5', '7'])
print(str(5) is str(5), str(5) is s[0], repr(5) is s[0], format(5) is s[0], f'{5}' is s[0])
print('%d' % 5 is s[0], str(7) == s[1], str(True) is str(True))
n = 12345
print(str(n) is str(n), str(n) == '12345')
