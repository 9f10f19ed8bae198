# a class hierarchy deleted together; refcounts of bases held by mro and bases tuples
import gc, sys
gc.collect()
class A:
    pass
print(sys.getrefcount(A))
class B(A):
    pass
print(sys.getrefcount(A), sys.getrefcount(B))
class C(B):
    pass
print(sys.getrefcount(A), sys.getrefcount(B), sys.getrefcount(C))
del C
print(gc.collect())
print(sys.getrefcount(A), sys.getrefcount(B))
del B
print(gc.collect())
print(sys.getrefcount(A))
del A
print(gc.collect())
