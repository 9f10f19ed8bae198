# after the except block ends, the exception and its traceback are gone
import sys
def boom(x):
    y = x
    1 / 0
obj = {'k': 1}
try:
    boom(obj)
except ZeroDivisionError:
    print('inside', sys.getrefcount(obj))
print('after', sys.getrefcount(obj))
