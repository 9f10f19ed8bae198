# freeing one object cascades down a chain
class Node:
    def __init__(self, n, nxt):
        self.n = n
        self.nxt = nxt
    def __del__(self):
        print('free node', self.n)
head = None
for i in range(4):
    head = Node(i, head)
print('drop head')
head = None
print('done')
