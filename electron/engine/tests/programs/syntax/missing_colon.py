# a missing colon is rejected before anything runs
print('never printed')
if True
    print('x')
