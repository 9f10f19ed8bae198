# the loop variable keeps the last element alive after the loop
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
lst = [T(1), T(2)]
for item in lst:
    pass
print('clear list')
lst = None
print('drop loop variable')
item = None
print('done')
