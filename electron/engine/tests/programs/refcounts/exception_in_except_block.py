# during except, the caught exception and its traceback's frames keep locals alive
import sys
def fail(obj):
    raise KeyError('k')
thing = [1]
try:
    fail(thing)
except KeyError as err:
    print(sys.getrefcount(thing))
print(sys.getrefcount(thing))
