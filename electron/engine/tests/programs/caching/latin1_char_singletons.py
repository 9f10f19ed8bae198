# one-character strings from indexing are latin-1 singletons; literals of name letters are interned apart
import sys
s = ''.join(['a', 'b', 'a', 'Z', ' ', '5', 'é', '_'])
lit_a, lit_b, lit_z, lit_space, lit_5, lit_e, lit_under = 'a', 'b', 'Z', ' ', '5', 'é', '_'
print(s[0] is s[2], s[0] is lit_a, s[1] is lit_b, s[7] is lit_under)
print(s[3] is lit_z, s[4] is lit_space, s[5] is lit_5, s[6] is lit_e)
print(chr(97) is s[0], sys.intern(s[0]) is lit_a, sys.intern(s[3]) is s[3])
print(list(s)[0] is s[0], next(iter(s)) is s[0], s[0:1] is s[0], s.split('b')[0] is s[0])
def letter():
    return 'a'
print(letter() is lit_a, letter() is s[0])
