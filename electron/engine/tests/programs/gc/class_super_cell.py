# a class using super() holds itself through the __class__ cell of its methods
import gc
gc.collect()
class Base:
    def hello(self):
        return 'base'
class Child(Base):
    def hello(self):
        return 'child+' + super().hello()
print(Child().hello())
del Child
print(gc.collect())
del Base
print(gc.collect())
