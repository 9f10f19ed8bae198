# arguments are passed by object reference: mutation is visible, rebinding is not
def mutate(lst):
    lst.append('m')
def rebind(lst):
    lst = ['r']
x = []
mutate(x)
rebind(x)
print(x)
