# an unclosed parenthesis
print('never printed')
x = (1, 2
