# a failing assert without a message
items = []
assert items
