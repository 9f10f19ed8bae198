# Looking up a missing attribute on a class: dir(C) merges the class dicts along the MRO
class Base:
    def greet(self):
        return 'hi'
class Child(Base):
    def wave(self):
        return 'bye'
print(Child.greet(Child()))
print(Child.gret)
