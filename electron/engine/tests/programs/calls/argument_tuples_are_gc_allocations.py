# the argument tuples and keyword dicts a call builds are allocations the collector counts (free lists aside)
import gc
gc.collect(); a = gc.get_count()[0]; b = gc.get_count()[0]; print('nothing', b - a)
gc.collect(); a = gc.get_count()[0]; max(1, 2); b = gc.get_count()[0]; print('max(1, 2)', b - a)
gc.collect(); a = gc.get_count()[0]; max(1, 2, 3); b = gc.get_count()[0]; print('max(1, 2, 3) reuses a freed 3-tuple', b - a)
gc.collect(); a = gc.get_count()[0]; str(1); b = gc.get_count()[0]; print('str(1)', b - a)
gc.collect(); a = gc.get_count()[0]; len('ab'); b = gc.get_count()[0]; print('len(ab)', b - a)
class N:
    pass
gc.collect(); a = gc.get_count()[0]; N(); b = gc.get_count()[0]; print('N()', b - a)
class M:
    def __init__(self, x):
        pass
gc.collect(); a = gc.get_count()[0]; M(1); b = gc.get_count()[0]; print('M(1)', b - a)
gc.collect(); a = gc.get_count()[0]; M(x=1); b = gc.get_count()[0]; print('M(x=1)', b - a)
def f(x):
    pass
gc.collect(); a = gc.get_count()[0]; f(1); b = gc.get_count()[0]; print('f(1)', b - a)
gc.collect(); a = gc.get_count()[0]; f(*[1]); b = gc.get_count()[0]; print('f(*[1])', b - a)
gc.collect(); a = gc.get_count()[0]; f(**{'x': 1}); b = gc.get_count()[0]; print('f(**{x: 1})', b - a)
