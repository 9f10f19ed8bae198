# unbounded recursion hits the recursion limit
def down(n):
    return down(n + 1)
print('recursing')
down(0)
