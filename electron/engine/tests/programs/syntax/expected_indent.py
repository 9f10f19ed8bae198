# a block with no indented body
print('never printed')
if True:
print('x')
