import fc from 'fast-check';
import { sample } from './seeded-sample';
import { describe, expect, it } from 'vitest';
import { python } from './python-json';
import { DictSizing, SharedKeys } from './dict-table';
import { runProgram } from '../index';


type Key = readonly ['i' | 's', string];
type Op =
  | readonly ['display', number, readonly Key[]]
  | readonly ['set' | 'del', number, Key]
  | readonly ['popitem' | 'clear' | 'empty', number]
  | readonly ['copy' | 'update' | 'dictcall', number, number]
  | readonly ['fromkeys', number, 'list' | 'set' | 'dict', readonly Key[]];

const PY_RUNNER = `
import json, sys
def key(k): return int(k[1]) if k[0] == 'i' else k[1]
def run(program):
    d = [{}, {}, {}]
    sizes = []
    for op in program:
        name, dst = op[0], op[1]
        if name == 'display':
            keys = [key(k) for k in op[2]]
            d[dst] = eval('{' + ''.join(f'{k!r}: 0, ' for k in keys) + '}')
        elif name == 'set': d[dst][key(op[2])] = 0
        elif name == 'del': d[dst].pop(key(op[2]), None)
        elif name == 'popitem':
            if d[dst]: d[dst].popitem()
        elif name == 'clear': d[dst].clear()
        elif name == 'empty': d[dst] = {}
        elif name == 'copy': d[dst] = d[op[2]].copy()
        elif name == 'update': d[dst].update(d[op[2]])
        elif name == 'dictcall': d[dst] = dict(d[op[2]])
        elif name == 'fromkeys':
            keys = [key(k) for k in op[3]]
            d[dst] = dict.fromkeys({'list': list, 'set': set, 'dict': dict.fromkeys}[op[2]](keys))
        sizes.append(sys.getsizeof(d[dst]))
    return sizes
print(json.dumps([run(p) for p in json.load(sys.stdin)]))
`;

const literal = (k: Key): string => (k[0] === 'i' ? k[1] : `'${k[1]}'`);

/** the op as Python source: the same statement PY_RUNNER runs for it */
function opSource(op: Op): string {
  const d = `d[${op[1]}]`;
  switch (op[0]) {
    case 'display': return `${d} = {${op[2].map((k) => `${literal(k)}: 0, `).join('')}}`;
    case 'set': return `${d}[${literal(op[2])}] = 0`;
    case 'del': return `${d}.pop(${literal(op[2])}, None)`;
    case 'popitem': return `if ${d}: ${d}.popitem()`;
    case 'clear': return `${d}.clear()`;
    case 'empty': return `${d} = {}`;
    case 'copy': return `${d} = d[${op[2]}].copy()`;
    case 'update': return `${d}.update(d[${op[2]}])`;
    case 'dictcall': return `${d} = dict(d[${op[2]}])`;
    case 'fromkeys': {
      const keys = `[${op[3].map(literal).join(', ')}]`;
      const source = op[2] === 'dict' ? `dict.fromkeys(${keys})` : `${op[2]}(${keys})`;
      return `${d} = dict.fromkeys(${source})`;
    }
  }
}

/** the engine's getsizeof after each op, running the program as one Python file */
function runEngine(program: readonly Op[]): number[] {
  const lines = ['import sys', 'd = [{}, {}, {}]', ...program.map((op) => `${opSource(op)}\nprint(sys.getsizeof(d[${op[1]}]))`)];
  const { stdout, stderr } = runProgram(lines.join('\n') + '\n');
  expect(stderr).toBe('');
  return stdout.trim().split('\n').map(Number);
}

function expectSameSizes(programs: readonly (readonly Op[])[]): void {
  const expected = python(PY_RUNNER, programs) as number[][];
  const failures = programs.flatMap((program, index) => {
    const actual = runEngine(program);
    const step = expected[index]!.findIndex((size, i) => size !== actual[i]);
    return step < 0 ? [] : [{ ops: JSON.stringify(program.slice(0, step + 1)), expected: expected[index]![step], actual: actual[step] }];
  });
  expect(failures.slice(0, 1)).toEqual([]);
}

const int = (n: number): Key => ['i', String(n)];
const str = (s: string): Key => ['s', s];
const ints = (n: number): Key[] => Array.from({ length: n }, (_, i) => int(i));
const strs = (n: number): Key[] => Array.from({ length: n }, (_, i) => str(`k${i}`));

describe('the engine\'s sys.getsizeof(dict) against python3', () => {
  it('sizes growing, shrinking, cleared and literal dicts', () => {
    expectSameSizes([
      ints(100).map((k): Op => ['set', 0, k]),
      strs(100).map((k): Op => ['set', 0, k]),
      [...strs(7).map((k): Op => ['set', 0, k]), ['set', 0, int(1)], ...ints(20).map((k): Op => ['del', 0, k]), ['clear', 0], ['set', 0, str('a')]],
      [0, 1, 2, 5, 6, 10, 11, 16, 17, 18, 33, 34, 35, 40, 60].flatMap((n): Op[] => [['display', 0, strs(n)], ['display', 1, ints(n)], ['copy', 2, 0], ['dictcall', 2, 1]]),
      [['display', 0, ints(40)], ...ints(35).map((k): Op => ['del', 0, k]), ['copy', 1, 0], ['dictcall', 2, 0], ['popitem', 0], ['set', 0, int(99)]],
      [0, 1, 5, 6, 12, 100].flatMap((n): Op[] => [['fromkeys', 0, 'list', strs(n)], ['fromkeys', 1, 'set', strs(n)], ['fromkeys', 2, 'dict', strs(n)], ['fromkeys', 2, 'dict', ints(n)]]),
    ]);
  });

  it('matches random programs of dict operations', () => {
    const key: fc.Arbitrary<Key> = fc.oneof(fc.integer({ min: -3, max: 40 }).map(int), fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'xy', 'zz').map(str));
    const keys = fc.array(key, { maxLength: 45 });
    const slot = fc.integer({ min: 0, max: 2 });
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.tuple(fc.constant('display' as const), slot, keys),
      fc.tuple(fc.constantFrom('set' as const, 'del' as const), slot, key),
      fc.tuple(fc.constant('set' as const), slot, key),
      fc.tuple(fc.constantFrom('popitem' as const, 'clear' as const, 'empty' as const), slot),
      fc.tuple(fc.constantFrom('copy' as const, 'update' as const, 'dictcall' as const), slot, slot),
      fc.tuple(fc.constant('fromkeys' as const), slot, fc.constantFrom('list' as const, 'set' as const, 'dict' as const), keys),
    );
    expectSameSizes(sample(fc.array(op, { minLength: 1, maxLength: 40 }), 1500));
  });

  it('sizes instance __dict__s that share their class keys', () => {
    type InstanceOp = readonly ['new'] | readonly ['setattr', number, string] | readonly ['delattr', number, string] | readonly ['size', number];
    const programs: InstanceOp[][] = [
      [['new'], ['size', 0], ['new'], ['size', 0], ['size', 1], ['setattr', 0, 'x'], ['size', 0], ['setattr', 1, 'y'], ['size', 0], ['new'], ['size', 2]],
      [['new'], ...Array.from({ length: 35 }, (_, i): InstanceOp[] => [['setattr', 0, `a${i}`], ['size', 0]]).flat(), ['new'], ['size', 1]],
      [...Array.from({ length: 40 }, (): InstanceOp => ['new']), ['size', 39], ['setattr', 39, 'q'], ['size', 39], ['size', 0]],
      [['new'], ['setattr', 0, 'a'], ['setattr', 0, 'b'], ['delattr', 0, 'a'], ['size', 0], ['setattr', 0, 'a'], ['size', 0]],
    ];
    const expected = python(
      `
import json, sys
out = []
for program in json.load(sys.stdin):
    class C: pass
    objs, sizes = [], []
    for op in program:
        if op[0] == 'new': objs.append(C())
        elif op[0] == 'setattr': setattr(objs[op[1]], op[2], 0)
        elif op[0] == 'delattr': delattr(objs[op[1]], op[2])
        else: sizes.append(sys.getsizeof(objs[op[1]].__dict__))
    out.append(sizes)
print(json.dumps(out))
`,
      programs,
    );
    const actual = programs.map((program) => {
      const shared = new SharedKeys();
      const dicts: DictSizing[] = [];
      const sizes: number[] = [];
      for (const op of program) {
        if (op[0] === 'new') {
          shared.onNewInstance();
          dicts.push(DictSizing.instanceDict(shared));
        } else if (op[0] === 'setattr') dicts[op[1]]!.set(op[2], true);
        else if (op[0] === 'delattr') dicts[op[1]]!.delete(op[2]);
        else sizes.push(dicts[op[1]]!.sizeof());
      }
      return sizes;
    });
    expect(actual).toEqual(expected);
  });
});
