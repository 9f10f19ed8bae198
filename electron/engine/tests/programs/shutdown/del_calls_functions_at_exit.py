# a __del__ at exit can call global functions and use other objects that are finalized too
def describe(x):
    return 'object ' + x.name
class T:
    def __init__(self, name, peer=None):
        self.name = name
        self.peer = peer
    def __del__(self):
        peer = self.peer.name if self.peer else None
        print(describe(self), 'peer', peer, 'registry size', len(registry))
registry = {}
first = T('first')
second = T('second', first)
registry['a'] = T('in registry', second)
print('end of program')
