# for/else as a search: else means not found
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)
