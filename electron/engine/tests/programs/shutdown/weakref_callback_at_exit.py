# weak reference callbacks and __del__ at exit, with the globals they read still bound
import weakref
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
def gone(ref):
    print('callback: a referent is gone, watcher still', type(watcher).__name__)
target = T('target')
watcher = weakref.ref(target, gone)
other = T('other')
print('end of program')
