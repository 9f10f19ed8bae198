# saving a caught exception keeps the failing frame (and its locals) alive via the traceback
import sys
def fail(obj):
    local = obj
    raise RuntimeError('boom')
thing = [1]
saved = None
try:
    fail(thing)
except RuntimeError as err:
    saved = err
print(sys.getrefcount(thing))
saved = None
print(sys.getrefcount(thing))
