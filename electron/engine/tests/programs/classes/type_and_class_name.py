# type() of instances and the class name
class Thing:
    pass
class Sub(Thing):
    pass
t = Thing()
s = Sub()
print(type(t) is Thing, type(s) is Thing, type(s).__name__)
print(isinstance(s, Thing), type(t) == type(Thing()))
