# A str method typo suggests the real method
s = 'abc'
print(s.upper())
print(s.uper())
