# test_gc.py GCTests.test_trashcan: the test body as a function, printing what it asserts
import sys, gc, weakref
def test_trashcan():

    class Ouch:
        n = 0

        def __del__(self):
            Ouch.n = Ouch.n + 1
            if Ouch.n % 17 == 0:
                gc.collect()
    gc.enable()
    N = 150
    for count in range(2):
        t = []
        for i in range(N):
            t = [t, Ouch()]
        u = []
        for i in range(N):
            u = [u, Ouch()]
        v = {}
        for i in range(N):
            v = {1: v, 2: Ouch()}
    gc.disable()
test_trashcan()
