# only containers that can form cycles are tracked
import gc
class A:
    pass
print(gc.is_tracked(1), gc.is_tracked(10 ** 30), gc.is_tracked('s'), gc.is_tracked(2.5))
print(gc.is_tracked([]), gc.is_tracked([1]))
print(gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}))
print(gc.is_tracked(A()), gc.is_tracked(set()))
print(gc.is_tracked(None), gc.is_tracked(True))
