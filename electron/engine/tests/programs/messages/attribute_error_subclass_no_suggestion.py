# Only an exact AttributeError gets a suggestion: a subclass raised by __getattr__ does not
class Missing(AttributeError):
    pass
class Proxy:
    def __getattr__(self, name):
        raise Missing(name)
    def method(self):
        return 1
print(Proxy().methd)
