# one-element tuples keep their comma
print((1,), (), (1, 2), ((1,),), tuple('ab'))
print(repr(('a',)), [(None,)])
