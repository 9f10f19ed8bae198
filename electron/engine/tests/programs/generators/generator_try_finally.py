# finally in a generator runs when it finishes
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for x in g():
    print(x)
print('after')
