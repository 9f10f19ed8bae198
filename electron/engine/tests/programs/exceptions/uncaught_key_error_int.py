# KeyError with an int key from dict.pop
d = {1: 'a'}
d.pop(1)
d.pop(1)
