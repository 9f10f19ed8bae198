# a function without return gives None
def nothing():
    x = 1
def early(flag):
    if flag:
        return
    return 'late'
print(nothing(), early(True), early(False))
