# breaking out of a for over a generator leaves it suspended
def gen():
    for i in range(5):
        print('yielding', i)
        yield i
g = gen()
for x in g:
    if x == 2:
        break
print('resume:', next(g))
