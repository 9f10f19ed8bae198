# counts seen from inside a method of an object iterated in a for loop
import sys
class Item:
    def count(self):
        return sys.getrefcount(self)
items = [Item(), Item()]
for it in items:
    print(it.count())
print(items[0].count())
