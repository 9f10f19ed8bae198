# comprehensions over dict items
prices = {'apple': 3, 'pear': 5, 'fig': 2}
print([k for k, v in prices.items() if v > 2])
print({v: k for k, v in prices.items()})
print(sorted(prices, key=lambda k: prices[k]))
