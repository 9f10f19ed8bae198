# test_sys.py SizeofTest.test_default and test_gc_head_size: sizes of an int and of a list, with and without the GC header
import sys
print(sys.getsizeof(True))
print(sys.getsizeof(True, -1))
print(sys.getsizeof([]))
print(sys.getsizeof(1))
