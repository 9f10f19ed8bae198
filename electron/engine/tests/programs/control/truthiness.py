# truth values of many objects
for v in [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (0,), {}, {0: 0}, set(), None, True, False]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
