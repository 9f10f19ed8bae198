# builtins called through tp_call or with *args (str, int, zip, print, min, max) hold an argument tuple; vectorcall builtins borrow
import sys
rc = sys.getrefcount
class W:
    def __str__(self):
        print('  __str__ sees self', rc(self))
        return 'w'
    def __repr__(self):
        print('  __repr__ sees self', rc(self))
        return 'w'
    def __int__(self):
        print('  __int__ sees self', rc(self))
        return 1
    def __float__(self):
        print('  __float__ sees self', rc(self))
        return 1.0
    def __len__(self):
        print('  __len__ sees self', rc(self))
        return 0
    def __iter__(self):
        print('  __iter__ sees self', rc(self))
        return iter([])
    def __hash__(self):
        print('  __hash__ sees self', rc(self))
        return 1
w = W()
for label, run in [('str(w)', lambda: str(w)), ('repr(w)', lambda: repr(w)), ('int(w)', lambda: int(w)),
                   ('float(w)', lambda: float(w)), ('len(w)', lambda: len(w)), ('hash(w)', lambda: hash(w)),
                   ('iter(w)', lambda: iter(w)), ('zip(w)', lambda: zip(w)), ('enumerate(w)', lambda: enumerate(w)),
                   ('map(abs, w)', lambda: map(abs, w)), ('set(w)', lambda: set(w)), ('print(w)', lambda: print(w)),
                   ('print(w, w)', lambda: print(w, w)), ('min(w, default=0)', lambda: min(w, default=0)),
                   ('max(w, default=0)', lambda: max(w, default=0)), ('sum(w)', lambda: sum(w)),
                   ('"%s" % w', lambda: '%s' % w), ('"%r" % (w,)', lambda: '%r' % (w,))]:
    print(label)
    run()
print('w at the end', rc(w))
