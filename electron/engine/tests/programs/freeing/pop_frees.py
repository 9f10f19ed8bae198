# removing the last reference from a list frees the element
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
lst = [T(1), T(2), T(3)]
lst.pop()
print('popped')
del lst[0]
print('deleted item')
lst.remove(lst[0])
print('removed', lst)
