# without __str__, str() falls back to __repr__
class Q:
    def __repr__(self):
        return 'Q!'
q = Q()
print(q, str(q), [q], (q,), {'k': q})
