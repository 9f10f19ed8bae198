# a traceback is 56 bytes; its frame's size grows with the code's locals and stack depth
import sys
def f(a, b):
    c = a + b
    raise ValueError(c)
def g():
    raise KeyError
try:
    f(1, 2)
except ValueError as e:
    tb = e.__traceback__
    print(sys.getsizeof(tb), sys.getsizeof(tb.tb_next.tb_frame))
try:
    g()
except KeyError as e:
    print(sys.getsizeof(e.__traceback__.tb_next.tb_frame))
