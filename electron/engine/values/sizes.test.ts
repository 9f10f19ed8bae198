import fc from 'fast-check';
import { sample } from './seeded-sample';
import { describe, expect, it } from 'vitest';
import { python } from './python-json';
import {
  BARE_OBJECT_SIZE,
  FLOAT_SIZE,
  FUNCTION_SIZE,
  INSTANCE_WITH_DICT_SIZE,
  ListAllocation,
  RANGE_SIZE,
  boolSize,
  bytesSize,
  generatorSize,
  intSize,
  listSize,
  sizedIterable,
  slotsInstanceSize,
  strSize,
  tupleSize,
  unsizedIterable,
  type ListState,
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

/** list programs: each op transforms the list `x`; python3 reports getsizeof(x) after each */
type ListOp =
  | readonly ['display_const' | 'display_var' | 'comp' | 'from_list' | 'from_tuple' | 'from_range' | 'from_gen' | 'sorted_gen' | 'repeat_new', number]
  | readonly ['append' | 'insert0' | 'pop' | 'pop0' | 'remove0' | 'clear' | 'copy' | 'concat' | 'sorted' | 'del_step2']
  | readonly ['extend_list' | 'extend_range' | 'extend_gen' | 'irepeat' | 'del_head', number]
  | readonly ['assign_slice', number, number]
  | readonly ['slice', number];

const PY_LISTS = `
import json, sys
def run(program):
    x, sizes = [], []
    for op in program:
        name, arg = op[0], (op[1] if len(op) > 1 else 0)
        if name == 'display_const': x = eval('[' + '7, ' * arg + ']')
        elif name == 'display_var': x = eval('[' + 'v, ' * arg + ']', {'v': 7})
        elif name == 'comp': x = [i for i in range(arg)]
        elif name == 'from_list': x = list([0] * arg)
        elif name == 'from_tuple': x = list((0,) * arg)
        elif name == 'from_range': x = list(range(arg))
        elif name == 'from_gen': x = list(i for i in range(arg))
        elif name == 'sorted_gen': x = sorted(i for i in range(arg))
        elif name == 'repeat_new': x = [0] * arg
        elif name == 'append': x.append(0)
        elif name == 'insert0': x.insert(0, 0)
        elif name == 'pop':
            if x: x.pop()
        elif name == 'pop0':
            if x: x.pop(0)
        elif name == 'remove0':
            if x: x.remove(x[0])
        elif name == 'clear': x.clear()
        elif name == 'copy': x = x.copy()
        elif name == 'concat': x = x + x
        elif name == 'sorted': x = sorted(x)
        elif name == 'del_step2': del x[::2]
        elif name == 'extend_list': x.extend([0] * arg)
        elif name == 'extend_range': x.extend(range(arg))
        elif name == 'extend_gen': x.extend(i for i in range(arg))
        elif name == 'irepeat': x *= arg
        elif name == 'del_head': del x[:arg]
        elif name == 'assign_slice': x[:op[1]] = [0] * op[2]
        elif name == 'slice': x = x[:arg]
        sizes.append(sys.getsizeof(x))
    return sizes
print(json.dumps([run(p) for p in json.load(sys.stdin)]))
`;

function runList(program: readonly ListOp[]): number[] {
  let x: ListState = ListAllocation.empty();
  const sizes: number[] = [];
  for (const op of program) {
    switch (op[0]) {
      case 'display_const':
        x = ListAllocation.display(op[1], true);
        break;
      case 'display_var':
        x = ListAllocation.display(op[1], false);
        break;
      case 'comp':
        x = ListAllocation.comprehension(op[1]);
        break;
      case 'from_list':
      case 'from_tuple':
        x = ListAllocation.fromIterable({ kind: 'sequence', length: op[1] });
        break;
      case 'from_range':
        x = ListAllocation.fromIterable(sizedIterable(op[1]));
        break;
      case 'from_gen':
      case 'sorted_gen':
        x = ListAllocation.fromIterable(unsizedIterable(op[1]));
        break;
      case 'repeat_new':
        x = ListAllocation.exact(op[1]);
        break;
      case 'append':
        x = ListAllocation.append(x);
        break;
      case 'insert0':
        x = ListAllocation.insert(x);
        break;
      case 'pop':
        if (x.size > 0) x = ListAllocation.pop(x, x.size - 1);
        break;
      case 'pop0':
        if (x.size > 0) x = ListAllocation.pop(x, 0);
        break;
      case 'remove0':
        if (x.size > 0) x = ListAllocation.deleteItems(x, 1);
        break;
      case 'clear':
        x = ListAllocation.clear();
        break;
      case 'copy':
        x = ListAllocation.exact(x.size);
        break;
      case 'concat':
        x = ListAllocation.exact(x.size * 2);
        break;
      case 'sorted':
        x = ListAllocation.fromIterable({ kind: 'sequence', length: x.size });
        break;
      case 'del_step2':
        x = ListAllocation.deleteExtendedSlice(x, Math.ceil(x.size / 2));
        break;
      case 'extend_list':
        x = ListAllocation.extend(x, { kind: 'sequence', length: op[1] });
        break;
      case 'extend_range':
        x = ListAllocation.extend(x, sizedIterable(op[1]));
        break;
      case 'extend_gen':
        x = ListAllocation.extend(x, unsizedIterable(op[1]));
        break;
      case 'irepeat':
        x = ListAllocation.inplaceRepeat(x, op[1]);
        break;
      case 'del_head':
        x = ListAllocation.deleteItems(x, Math.min(op[1], x.size));
        break;
      case 'assign_slice':
        x = ListAllocation.assignSlice(x, Math.min(op[1], x.size), op[2]);
        break;
      case 'slice':
        x = ListAllocation.exact(Math.min(op[1], x.size));
        break;
    }
    sizes.push(listSize(x.allocated));
  }
  return sizes;
}

function expectSameListSizes(programs: readonly (readonly ListOp[])[]): void {
  const expected = python(PY_LISTS, programs) as number[][];
  const failures = programs.flatMap((program, index) => {
    const actual = runList(program);
    const step = expected[index]!.findIndex((size, i) => size !== actual[i]);
    return step < 0 ? [] : [{ ops: JSON.stringify(program.slice(0, step + 1)), expected: expected[index]![step], actual: actual[step] }];
  });
  expect(failures.slice(0, 1)).toEqual([]);
}

describe('ListAllocation against python3 sys.getsizeof(list)', () => {
  it('sizes literals, constructors and append/pop runs', () => {
    const lengths = [0, 1, 2, 3, 4, 5, 8, 9, 17, 30, 31, 32, 45, 100];
    expectSameListSizes([
      ...lengths.map((n): ListOp[] => [['display_const', n], ['display_var', n], ['comp', n], ['from_list', n], ['from_tuple', n], ['from_range', n], ['from_gen', n], ['sorted_gen', n], ['repeat_new', n]]),
      Array.from({ length: 200 }, (): ListOp => ['append']),
      [['from_range', 200], ...Array.from({ length: 200 }, (): ListOp => ['pop'])],
      [['from_range', 60], ...Array.from({ length: 60 }, (): ListOp => ['pop0'])],
      [['display_var', 1], ['pop'], ['extend_list', 3], ['clear'], ['extend_list', 3], ['remove0'], ['remove0'], ['remove0'], ['extend_gen', 3]],
    ]);
  });

  it('matches random programs of list operations', () => {
    const small = fc.integer({ min: 0, max: 40 });
    const op: fc.Arbitrary<ListOp> = fc.oneof(
      fc.tuple(fc.constantFrom('display_const' as const, 'display_var' as const, 'comp' as const, 'from_list' as const, 'from_tuple' as const, 'from_range' as const, 'from_gen' as const, 'sorted_gen' as const, 'repeat_new' as const), small),
      fc.tuple(fc.constantFrom('append' as const, 'insert0' as const, 'pop' as const, 'pop0' as const, 'remove0' as const, 'clear' as const, 'copy' as const, 'concat' as const, 'sorted' as const, 'del_step2' as const)),
      fc.tuple(fc.constantFrom('append' as const, 'pop' as const)),
      fc.tuple(fc.constantFrom('extend_list' as const, 'extend_range' as const, 'extend_gen' as const, 'del_head' as const, 'slice' as const), small),
      fc.tuple(fc.constant('irepeat' as const), fc.integer({ min: -1, max: 3 })),
      fc.tuple(fc.constant('assign_slice' as const), small, small),
    );
    expectSameListSizes(sample(fc.array(op, { minLength: 1, maxLength: 40 }), 1000));
  });
});
