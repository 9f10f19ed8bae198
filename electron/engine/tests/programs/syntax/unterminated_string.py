# an unterminated string literal
s = 'abc
