# exception instances: the BaseException struct (88 with GC header), bigger for exceptions with own fields
import sys
for e in (ValueError('v'), KeyError(1), StopIteration(5), AttributeError('a'), NameError('n'), OSError(), ImportError(), SystemExit(0), RuntimeError()):
    print(type(e).__name__, sys.getsizeof(e))
class MyError(Exception):
    pass
class MyKeyError(KeyError):
    pass
class NoWeak(Exception):
    __slots__ = ()
print(sys.getsizeof(MyError()), sys.getsizeof(MyKeyError()), sys.getsizeof(NoWeak()))
try:
    {}['missing']
except KeyError as e:
    print('caught', sys.getsizeof(e))
