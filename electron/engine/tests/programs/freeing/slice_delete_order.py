# deleting a slice frees the removed elements
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
lst = [T(i) for i in range(5)]
print('slice')
del lst[1:4]
print('clear')
lst.clear()
print('done')
