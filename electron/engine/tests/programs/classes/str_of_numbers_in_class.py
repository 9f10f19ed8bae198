# __str__ building strings from numbers
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return '$' + str(self.cents // 100) + '.' + str(self.cents % 100).rjust(2, '0')
print(Money(1234), Money(5), Money(100000))
