# max of an empty sequence raises ValueError
print(max([1]))
print(max([]))
