# pass does nothing in every block kind
class Empty:
    pass
def nothing():
    pass
for i in range(2):
    pass
if True:
    pass
else:
    pass
print(nothing(), type(Empty()).__name__, i)
