# a[f()] += g() evaluates f once, then g
log = []
def idx():
    log.append('idx')
    return 0
def val():
    log.append('val')
    return [9]
a = [[1]]
a[idx()] += val()
print(a, log)
