// sys.getsizeof of lists as the engine grows and shrinks them (runtime/list-ops.ts), against
// python3 on the same programs: list_resize's over-allocation, list_preallocate_exact's rounding,
// and the emptied list that drops its buffer, all show in getsizeof.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index';
import { python } from '../values/python-json';
import { sample } from '../values/seeded-sample';

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

/** the op as a line of Python: the same statement PY_LISTS runs for it */
function opSource(op: ListOp): string {
  const arg = op.length > 1 ? op[1]! : 0;
  switch (op[0]) {
    case 'display_const': return `x = [${'7, '.repeat(arg)}]`;
    case 'display_var': return `v = 7\nx = [${'v, '.repeat(arg)}]`;
    case 'comp': return `x = [i for i in range(${arg})]`;
    case 'from_list': return `x = list([0] * ${arg})`;
    case 'from_tuple': return `x = list((0,) * ${arg})`;
    case 'from_range': return `x = list(range(${arg}))`;
    case 'from_gen': return `x = list(i for i in range(${arg}))`;
    case 'sorted_gen': return `x = sorted(i for i in range(${arg}))`;
    case 'repeat_new': return `x = [0] * ${arg}`;
    case 'append': return 'x.append(0)';
    case 'insert0': return 'x.insert(0, 0)';
    case 'pop': return 'if x: x.pop()';
    case 'pop0': return 'if x: x.pop(0)';
    case 'remove0': return 'if x: x.remove(x[0])';
    case 'clear': return 'x.clear()';
    case 'copy': return 'x = x.copy()';
    case 'concat': return 'x = x + x';
    case 'sorted': return 'x = sorted(x)';
    case 'del_step2': return 'del x[::2]';
    case 'extend_list': return `x.extend([0] * ${arg})`;
    case 'extend_range': return `x.extend(range(${arg}))`;
    case 'extend_gen': return `x.extend(i for i in range(${arg}))`;
    case 'irepeat': return `x *= ${arg}`;
    case 'del_head': return `del x[:${arg}]`;
    case 'assign_slice': return `x[:${arg}] = [0] * ${op[2]}`;
    case 'slice': return `x = x[:${arg}]`;
  }
}

/** the engine's getsizeof(x) after each op, running the program as one Python file */
function runList(program: readonly ListOp[]): number[] {
  const lines = ['import sys', 'x = []', ...program.map((op) => `${opSource(op)}\nprint(sys.getsizeof(x))`)];
  const { stdout, stderr } = runProgram(lines.join('\n') + '\n');
  expect(stderr).toBe('');
  return stdout.trim().split('\n').map(Number);
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

describe('the engine\'s sys.getsizeof(list) against python3', () => {
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
