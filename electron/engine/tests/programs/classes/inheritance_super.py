# single inheritance and super().__init__
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return super().speak() + ' (woof)'
d = Dog('Rex', 'lab')
print(d.speak(), d.breed)
print(isinstance(d, Animal), isinstance(d, Dog), isinstance(Animal('x'), Dog))
