# __del__ may read attributes and other globals while running
log = []
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        log.append(self.n)
a = T(1)
b = T(2)
a = b
print(log)
b = None
print(log)
a = None
print(log)
