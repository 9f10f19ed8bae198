# repr of bools and None inside containers
print([True, False, None], {None: True}, (False,))
print(repr(None), str(True))
