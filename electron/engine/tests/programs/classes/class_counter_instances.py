# a class attribute counts instances; methods use self
class Counter:
    created = 0
    def __init__(self, start=0):
        Counter.created += 1
        self.value = start
    def inc(self, by=1):
        self.value += by
        return self
c = Counter()
c.inc().inc().inc(5)
d = Counter(10)
print(c.value, d.value, Counter.created)
