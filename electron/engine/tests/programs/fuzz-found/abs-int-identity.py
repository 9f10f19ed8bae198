# abs() of a positive int made at run time returns the same object (found by the fuzzer: seed 1, program 43, shrunk)
def f2(p0=None, *args, k1, k2=0):
    return k1
f = f2(p0=2, k1=int('1') / 2, k2='t4')
h = int('1') * 481183
t = abs(h)
print(t is h, t == h)
