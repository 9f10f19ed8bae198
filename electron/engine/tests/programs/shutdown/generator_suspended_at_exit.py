# a generator suspended at exit is closed by the collector: its finally block runs and can print globals
label = 'finally saw a global'
def g():
    try:
        yield 1
        yield 2
    finally:
        print(label)
it = g()
print(next(it))
class T:
    def __del__(self):
        print('del T, the label is still', repr(label))
t = T()
print('end of program')
