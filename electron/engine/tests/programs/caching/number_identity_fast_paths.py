# +x, abs(x) and round(x) of an exact int or float return x itself where CPython's C code does
big = 10 ** 20
neg = -big
f = 1.5 + 1.0
t = True
print(+big is big, abs(big) is big, abs(neg) is neg, round(big) is big, round(big, 2) is big, round(big, -1) is big)
print(+f is f, abs(f) is f, round(f) is round(f), float(f) is f, int(big) is big)
print(+t is t, +t == 1, -(-big) is big, big + 0 is big, big * 1 is big, +(-neg) is big)
