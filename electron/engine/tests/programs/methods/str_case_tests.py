# upper lower startswith endswith isdigit isalpha
for s in ['Hello', '123', 'abc', 'ABC', '', '12a', ' ']:
    print(repr(s), s.upper(), s.lower(), s.isdigit(), s.isalpha(), s.isupper(), s.islower(), s.isspace())
print('hello'.startswith('he'), 'hello'.endswith('lo'), 'hello'.startswith(('x', 'h')))
print('hello world'.title(), 'hello'.capitalize(), 'Hello'.swapcase())
