# overwriting and popping dict entries frees values
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('free', self.n)
d = {'a': T(1), 'b': T(2)}
d['a'] = T(3)
print('overwritten')
d.pop('b')
print('popped')
del d['a']
print('deleted', d)
