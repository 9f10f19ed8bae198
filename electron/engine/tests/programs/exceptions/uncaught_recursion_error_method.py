# unbounded recursion through a method
class R:
    def go(self, n):
        return self.go(n + 1) + 1
R().go(0)
