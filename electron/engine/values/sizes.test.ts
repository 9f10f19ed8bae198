import fc from 'fast-check';
import { sample } from './seeded-sample';
import { describe, expect, it } from 'vitest';
import { python } from './python-json';
import {
  BARE_OBJECT_SIZE,
  FLOAT_SIZE,
  FUNCTION_SIZE,
  INSTANCE_WITH_DICT_SIZE,
  RANGE_SIZE,
  boolSize,
  bytesSize,
  generatorSize,
  intSize,
  slotsInstanceSize,
  strSize,
  tupleSize,
} from './sizes';


describe('sys.getsizeof formulas against python3', () => {
  it('sizes ints, bools, strings, bytes and tuples', () => {
    const ints = [...sample(fc.bigInt({ min: -(2n ** 400n), max: 2n ** 400n }), 300), 0n, 1n, -1n, 2n ** 30n - 1n, 2n ** 30n, -(2n ** 60n), 2n ** 90n];
    const strings = [...sample(fc.string({ unit: 'binary', maxLength: 30 }), 300), '', 'a', 'é', '€', '😀', 'aé€😀'];
    const lengths = [0, 1, 2, 7, 100];
    const expected = python(
      `
import json, sys
data = json.load(sys.stdin)
g = sys.getsizeof
print(json.dumps({
  'ints': [g(int(x)) for x in data['ints']],
  'bools': [g(True), g(False)],
  'strs': [g(s) for s in data['strs']],
  'bytes': [g(b'x' * n) for n in data['lengths']],
  'tuples': [g(tuple(range(n))) for n in data['lengths']],
  'constants': [g(1.5), g(None), g(object()), g(range(10 ** 20)), g(lambda: 0)],
}))
`,
      { ints: ints.map(String), strs: strings, lengths },
    );
    expect({
      ints: ints.map(intSize),
      bools: [boolSize(true), boolSize(false)],
      strs: strings.map(strSize),
      bytes: lengths.map(bytesSize),
      tuples: lengths.map(tupleSize),
      constants: [FLOAT_SIZE, BARE_OBJECT_SIZE, BARE_OBJECT_SIZE, RANGE_SIZE, FUNCTION_SIZE],
    }).toEqual(expected);
  });

  it('sizes instances with a __dict__ or __slots__, and functions with closures and defaults', () => {
    const expected = python(
      `
import json, sys
g = sys.getsizeof
class Plain: pass
class Init:
    def __init__(self): self.a = 1; self.b = 2; self.c = 3
class Sub(Init): pass
def slotted(n): return type('S', (), {'__slots__': tuple(f's{i}' for i in range(n))})
def outer():
    x = 1
    def inner(a=1, *b, c=2, **d): return x
    return inner
print(json.dumps([[g(Plain()), g(Init()), g(Sub())], [g(slotted(n)()) for n in range(6)], g(outer())]))
`,
      null,
    );
    expect([
      [INSTANCE_WITH_DICT_SIZE, INSTANCE_WITH_DICT_SIZE, INSTANCE_WITH_DICT_SIZE],
      [0, 1, 2, 3, 4, 5].map(slotsInstanceSize),
      FUNCTION_SIZE,
    ]).toEqual(expected);
  });

  it('sizes generators from their code objects', () => {
    const rows = python(
      `
import json, sys
def g0(): yield 1
def g1(a, b, c):
    total = a + b + c
    for i in range(total): yield i * a
def g2(n):
    x = [1, 2, 3]
    def inner(): return x
    yield from (inner()[i] for i in range(n))
def g3(*args, **kw):
    yield (args, kw, [a for a in args], {k: v for k, v in kw.items()})
gens = [g0(), g1(1, 2, 3), g2(2), g3(1, k=2), (i for i in range(3)), (x * y for x in 'ab' for y in range(2)), (z for z in [1] if z)]
rows = []
for gen in gens:
    code = gen.gi_code
    nlocalsplus = len(set(code.co_varnames) | set(code.co_cellvars)) + len(code.co_freevars)
    rows.append([nlocalsplus, code.co_stacksize, sys.getsizeof(gen)])
print(json.dumps(rows))
`,
      null,
    ) as [number, number, number][];
    expect(rows.map(([locals, stack]) => generatorSize(locals, stack))).toEqual(rows.map((row) => row[2]));
  });
});
