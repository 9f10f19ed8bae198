# an object still bound at exit has __del__ run during interpreter shutdown
class T:
    def __del__(self):
        print('del at shutdown')
t = T()
print('end of program')
