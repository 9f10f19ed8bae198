# An AttributeError raised by a user __getattr__ also learns name and object, so it gets a suggestion
class Proxy:
    def __getattr__(self, name):
        raise AttributeError(f'proxy has no {name}')
    def method(self):
        return 1
print(Proxy().method())
print(Proxy().methd)
