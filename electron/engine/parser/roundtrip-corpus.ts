// Programs that exercise every rule of the subset; the round-trip test parses each one with our
// parser and with CPython and requires identical trees (positions included).

export const ROUNDTRIP_CORPUS: readonly string[] = [
  // assignment and targets
  'x = 1', 'a = b = c = 1', 'a, b = b, a', '(a, b) = 1, 2', '[a, b] = [1, 2]', 'a, *b = xs',
  '*a, b = xs', '[a, [b, *c]] = y', 'a, = x', 'x = 1,', 'x.y = z', 'x[0] = 1', 'x[1:2] = []',
  'a.b.c[d](e).f = 1', 'x = y = yield_ = 2',
  // augmented assignment, every operator
  'x += 1', 'x -= 1', 'x *= 2', 'x /= 2', 'x //= 2', 'x %= 2', 'x **= 2', 'x <<= 1', 'x >>= 1',
  'x |= 1', 'x ^= 1', 'x &= 1', 'x @= m', 'a.b += 1', 'a[i] -= 1',
  'del x', 'del a, b[1], c.d', 'del (a, b)', 'del [a, b]',
  // control flow
  'if x:\n    a = 1\nelif y:\n    a = 2\nelif z:\n    pass\nelse:\n    a = 3\n',
  'while x:\n    x -= 1\n    if x == 3:\n        break\n    continue\nelse:\n    done = 1\n',
  'for i in range(10):\n    pass\nelse:\n    pass\n', 'for a, b in pairs:\n    print(a, b)\n',
  'for (a, b) in pairs: pass', 'for [a, *b] in xs: pass', 'for x, in y: pass', 'for x in 1, 2, 3: pass',
  'if x: y = 1', 'if x: y = 1; z = 2', 'while 1: pass', 'x = 1; y = 2;', 'pass; pass',
  // functions
  'def f():\n    pass\n', 'def f(a, b=1, *args, c, d=2, **kw):\n    return a\n',
  'def f(*, a): pass', 'def f(a, /=1): pass'.replace('/=1', 'b=1'), 'def f(**kw): pass',
  'def f(*a): return', 'def f(a=1, b=2): return a, b',
  '@dec\ndef f(): pass', '@a.b(c)\n@d\ndef f(): pass', '@x[0]\nclass A: pass',
  'def f():\n    global g\n    g = 1\n', 'def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n',
  'def g():\n    yield\n    yield 1\n    yield 1, 2\n    x = yield\n    y = yield from z\n',
  'def g():\n    return (yield)\n', 'def g(): x = yield a, *b',
  'f = lambda: 0', 'f = lambda x, y=1, *a, z, **k: x + y', 'f = lambda *, k: k', 'lambda: (yield)',
  'lambda x: lambda y: x + y',
  // classes
  'class A: pass', 'class A(B): pass', 'class A(B, C, metaclass=M, **kw): pass',
  'class A():\n    """doc"""\n    x = 1\n    def m(self):\n        return super().m()\n',
  // try / raise / assert
  'try:\n    pass\nexcept:\n    pass\n', 'try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nelse:\n    pass\nfinally:\n    pass\n',
  'try:\n    x\nfinally:\n    y\n', 'raise', 'raise E', 'raise E("m") from None', 'raise E from e',
  'assert x', 'assert x, "message"',
  // imports
  'import a', 'import a, b as c', 'import a.b.c', 'import a.b as c', 'from m import x',
  'from m import x, y as z', 'from a.b import (c, d as e,)', 'from a import (b)',
  // expressions: operators and precedence
  'x = -2 ** 2', 'x = 2 ** -1', 'x = 2 ** 3 ** 2', 'x = a + b * c - d / e // f % g @ h',
  'x = a << b >> c', 'x = a | b ^ c & d', 'x = ~a + -b - +c', 'x = not a and b or c',
  'x = a or b or c', 'x = a and b and c', 'x = (a + b) * c', 'x = a < b <= c > d >= e == f != g',
  'x = a in b', 'x = a not in b', 'x = a is b', 'x = a is not b', 'x = not not a',
  'x = a if b else c', 'x = a if b else c if d else e', 'x = (a if b else c) if d else e',
  'x = [y := 1, y ** 2]', 'if (n := len(a)) > 10: pass', 'while chunk := read(): pass',
  'print((x := 5))', 'f(a := 1)',
  // calls, attributes, subscripts, slices
  'f()', 'f(a)', 'f(a, b)', 'f(a,)', 'f(*args)', 'f(**kw)', 'f(a, *b, c=1, **d)',
  'f(*a, *b, c=1, **d, **e)', 'f(a=1, *b)', 'f(x for x in y)', 'f((x for x in y), 1)',
  'a.b.c', 'a.b().c[d]', 'a[1]', 'a[1:2]', 'a[:]', 'a[::2]', 'a[1:2:3]', 'a[:2]', 'a[1:]',
  'a[1:2, 3]', 'a[1, 2]', 'a[1,]', 'a[::]', 'a[x:y, ::z]', 'a[b][c]', 'a[-1]',
  // displays and comprehensions
  'x = []', 'x = [1, 2, 3,]', 'x = ()', 'x = (1,)', 'x = (1, 2)', 'x = {}', 'x = {1: 2, 3: 4}',
  'x = {1, 2}', 'x = {**a, 1: 2, **b}', 'x = [*a, *b]', 'x = {*a, 1}', 'x = (*a, 1)',
  'x = [i for i in range(3)]', 'x = [i * j for i in a if i for j in b if j if i > j]',
  'x = {k: v for k, v in d.items()}', 'x = {i for i in s}', 'x = (i for i in s)',
  'x = [[y for y in x] for x in z]', 'x = [y for x in z for y in x]', 'x = sum(i for i in y if i)',
  // literals
  'x = 0', 'x = 123', 'x = 1_000_000', 'x = 0xFF', 'x = 0o17', 'x = 0b1010', 'x = 0x_ff_ff',
  'x = 10 ** 100', 'x = 99999999999999999999999999', 'x = 1.5', 'x = 1.', 'x = .5', 'x = 1e10',
  'x = 1E-5', 'x = 1_000.5', 'x = 1e400', 'x = 1j', 'x = 2.5J', 'x = 1e3j', 'x = 00', 'x = 0_0',
  'x = True, False, None, ...', 'x = 1if y else 2',
  "x = 'a'", 'x = "b"', "x = '''tri\nple'''", 'x = """tri\nple"""', "x = 'a' 'b' \"c\"",
  "x = r'\\n'", "x = R'\\d'", "x = b'abc'", "x = B'\\x00\\xff'", "x = rb'\\n'", "x = Br'\\n'",
  "x = u'text'", "x = 'esc: \\n \\t \\\\ \\' \\\" \\a \\b \\f \\v \\r'", "x = '\\x41\\u00e9\\U0001F600'",
  "x = '\\101\\7\\0'", "x = 'line\\\ncontinued'", "x = '\\q'", "x = b'\\q'", "x = 'é ü 😀'",
  // f-strings
  "x = f'plain'", "x = f'{a}'", "x = f'a{b}c{d}e'", "x = f'{a!r} {b!s} {c!a}'", "x = f'{x:>10}'",
  "x = f'{x:.2f}'", "x = f'{x:{w}.{p}}'", "x = f'{{literal}} {x}'", "x = f'{x=}'", "x = f'{x = }'",
  "x = f'{x=!s}'", "x = f'{x=:>5}'", "x = f\"{d['k']}\"", "x = f'{a + b}'", "x = f'{ a }'",
  "x = 'a' f'{b}' 'c'", "x = f'{a}' f'{b}'", "x = rf'\\n{a}'", "x = F'{a}\\n'", "x = f'{x:}'",
  "x = f'''{\na\n}'''", "x = f'{f\"{x}\"}'", "x = f'{x, y}'", "x = f'{lambda: 1}'".replace('lambda: 1', '(lambda: 1)'),
  "x = f'{a!r:^{w}}'", "x = f'{3.14:.1f}'", "x = f'{a[1:2]}'", "x = f'{a:{b}{c}}'",
  // layout
  'x = (1 +\n     2)', 'x = [\n    1,\n    2,\n]\n', 'x = 1 + \\\n    2', '# comment\nx = 1  # trailing\n',
  '\n\n\nx = 1\n\n\n', 'if x:\n\tif y:\n\t\tpass\n\tz = 1\n', 'if x:\n        pass\n# dedented comment\n        # more\ny = 1',
  'def f():\n    """docstring"""\n', 'x = {\n  "a": 1,\n  # c\n  "b": 2}',
  'class A:\n    def f(self):\n        if self:\n            return 1\n        return 2\n\n\nA().f()\n',
  'x = 1\r\ny = 2\r\n', 'x = [\n1, 2]\ny = 3',
];
