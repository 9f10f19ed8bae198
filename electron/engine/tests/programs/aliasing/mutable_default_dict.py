# a default dict accumulates state between calls
def count(word, seen={}):
    seen[word] = seen.get(word, 0) + 1
    return seen
count('a')
count('b')
r = count('a')
print(r)
print(count('c') is r)
print(r)
