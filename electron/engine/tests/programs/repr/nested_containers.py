# repr of nested containers
print([1, [2, [3, []]], (4, (5,)), {'a': [6]}, {7}])
print(((), ((),), [()]))
print({'k': {'k2': {'k3': None}}})
print([[], {}, (), set()])
