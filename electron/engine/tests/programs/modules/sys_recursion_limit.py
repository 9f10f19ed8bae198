# setrecursionlimit changes where RecursionError happens
import sys
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(d > 50, d < 100)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
