# inside __init__, self is held by the caller's call machinery and the frame
import sys
class A:
    def __init__(self):
        print('in init', sys.getrefcount(self))
        self.me_count = sys.getrefcount(self)
a = A()
print('after', sys.getrefcount(a), a.me_count)
