# an uncaught custom exception shows its qualified name and message
class BadThing(Exception):
    pass
print('before')
raise BadThing('it went wrong')
