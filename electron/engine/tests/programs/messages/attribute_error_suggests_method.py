# AttributeError on a list suggests the closest name in dir([])
items = [1]
items.append(2)
items.apend(3)
