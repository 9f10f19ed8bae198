import fc from 'fast-check';
import { sample } from './seeded-sample';
import { describe, expect, it } from 'vitest';
import { python } from './python-json';
import { hashInt, hashStr } from './hash';
import { SetTable, type SetEntry, type SetSource } from './set-table';


/** a member: an int (decimal text) or a str; the wire form is also the TS member itself */
type Member = readonly ['i' | 's', string];
type SourceKind = 'list' | 'set' | 'dict';
type Op =
  | readonly ['display', number, boolean, readonly Member[]]
  | readonly ['new', number, SourceKind, readonly Member[]]
  | readonly ['add' | 'discard', number, Member]
  | readonly ['pop' | 'clear', number]
  | readonly ['update', number, SourceKind, readonly Member[]]
  | readonly ['binop', number, '|' | '&' | '-' | '^', number, number]
  | readonly ['inplace', '|' | '&' | '-' | '^', number, number]
  | readonly ['method', number, 'union' | 'intersection' | 'difference' | 'symmetric_difference', number, SourceKind, readonly Member[]]
  | readonly ['copy', number, number];

/** the Python side: runs each program, reporting list(s) and getsizeof(s) after every op */
const PY_RUNNER = `
import json, sys
def member(m): return int(m[1]) if m[0] == 'i' else m[1]
def wire(x): return ['i', str(x)] if isinstance(x, int) else ['s', x]
def source(kind, items):
    items = [member(m) for m in items]
    if kind == 'list': return items
    if kind == 'set': return set(items)
    return dict.fromkeys(items)
def run(program):
    sets = [set(), set(), set()]
    trace = []
    for index, op in enumerate(program):
        name = op[0]
        popped = None
        if name == 'display':
            _, dst, const, items = op
            values = [member(m) for m in items]
            if not values:
                sets[dst] = set()
            elif const:
                sets[dst] = eval('{' + ', '.join(repr(v) for v in values) + ',}')
            else:
                names = {f'v{i}': v for i, v in enumerate(values)}
                sets[dst] = eval('{' + ', '.join(names) + ',}', names)
        elif name == 'new': _, dst, kind, items = op; sets[dst] = set(source(kind, items))
        elif name == 'add': sets[op[1]].add(member(op[2])); dst = op[1]
        elif name == 'discard': sets[op[1]].discard(member(op[2])); dst = op[1]
        elif name == 'pop':
            dst = op[1]
            popped = wire(sets[dst].pop()) if sets[dst] else None
        elif name == 'clear': dst = op[1]; sets[dst].clear()
        elif name == 'update': _, dst, kind, items = op; sets[dst].update(source(kind, items))
        elif name == 'binop':
            _, dst, sym, a, b = op
            x, y = sets[a], sets[b]
            sets[dst] = {'|': x.__or__, '&': x.__and__, '-': x.__sub__, '^': x.__xor__}[sym](y)
        elif name == 'inplace':
            _, sym, a, b = op; dst = a
            x, y = sets[a], sets[b]
            if sym == '|': x |= y
            elif sym == '&': x &= y
            elif sym == '-': x -= y
            else: x ^= y
        elif name == 'method':
            _, dst, meth, a, kind, items = op
            sets[dst] = getattr(sets[a], meth)(source(kind, items))
        elif name == 'copy': _, dst, a = op; sets[dst] = sets[a].copy()
        if len(program) <= 60 or index >= len(program) - 3:
          trace.append([[wire(x) for x in sets[dst]], sys.getsizeof(sets[dst]), popped])
    return trace
print(json.dumps([run(p) for p in json.load(sys.stdin)]))
`;

type Key = string;
const keyOf = (m: Member): Key => `${m[0]}:${m[1]}`;
const memberOf = (key: Key): Member => [key[0] as 'i' | 's', key.slice(2)];
const hashOfKey = (key: Key): bigint => (key[0] === 'i' ? hashInt(BigInt(key.slice(2))) : hashStr(key.slice(2)));
const entry = (m: Member): SetEntry<Key> => ({ value: keyOf(m), hash: hashOfKey(keyOf(m)) });
const equals = (a: Key, b: Key): boolean => a === b;

function sourceOf(kind: SourceKind, items: readonly Member[]): SetSource<Key> {
  const entries = items.map(entry);
  switch (kind) {
    case 'list':
      return { kind: 'iterable', entries };
    case 'set':
      return { kind: 'set', table: SetTable.from(equals, { kind: 'iterable', entries }) };
    case 'dict': {
      const seen = new Set<Key>();
      return { kind: 'dict', entries: entries.filter((e) => !seen.has(e.value) && seen.add(e.value)) };
    }
  }
}

type TraceRow = [Member[], number, Member | null];

function runModel(program: readonly Op[]): TraceRow[] {
  const sets = [0, 1, 2].map(() => new SetTable<Key>(equals));
  const trace: TraceRow[] = [];
  const binary = (table: SetTable<Key>, sym: string, other: SetTable<Key>): SetTable<Key> => {
    const source: SetSource<Key> = { kind: 'set', table: other };
    if (sym === '|') return table.union(source);
    if (sym === '&') return table.intersection(source);
    if (sym === '-') return table.difference(source);
    return table.symmetricDifference(source);
  };
  for (const [index, op] of program.entries()) {
    let dst: number;
    let popped: Member | null = null;
    switch (op[0]) {
      case 'display':
        dst = op[1];
        sets[dst] = SetTable.fromDisplay(equals, op[3].map(entry), op[2]);
        break;
      case 'new':
        dst = op[1];
        sets[dst] = SetTable.from(equals, sourceOf(op[2], op[3]));
        break;
      case 'add':
        dst = op[1];
        sets[dst]!.add(entry(op[2]).value, entry(op[2]).hash);
        break;
      case 'discard':
        dst = op[1];
        sets[dst]!.discard(entry(op[2]).value, entry(op[2]).hash);
        break;
      case 'pop': {
        dst = op[1];
        const taken = sets[dst]!.pop();
        popped = taken === undefined ? null : memberOf(taken.value);
        break;
      }
      case 'clear':
        dst = op[1];
        sets[dst]!.clear();
        break;
      case 'update':
        dst = op[1];
        sets[dst]!.update(sourceOf(op[2], op[3]));
        break;
      case 'binop':
        dst = op[1];
        sets[dst] = binary(sets[op[3]]!, op[2], sets[op[4]]!);
        break;
      case 'inplace': {
        dst = op[2];
        const target = sets[op[2]]!;
        const source: SetSource<Key> = { kind: 'set', table: sets[op[3]]! };
        if (op[1] === '|') target.update(source);
        else if (op[1] === '&') target.intersectionUpdate(source);
        else if (op[1] === '-') target.differenceUpdate(source);
        else target.symmetricDifferenceUpdate(source);
        break;
      }
      case 'method': {
        dst = op[1];
        const table = sets[op[3]]!;
        const source = sourceOf(op[4], op[5]);
        sets[dst] =
          op[2] === 'union'
            ? table.union(source)
            : op[2] === 'intersection'
              ? table.intersection(source)
              : op[2] === 'difference'
                ? table.difference(source)
                : table.symmetricDifference(source);
        break;
      }
      case 'copy':
        dst = op[1];
        sets[dst] = sets[op[2]]!.copy();
        break;
    }
    if (program.length <= 60 || index >= program.length - 3) trace.push([[...sets[dst]!].map(memberOf), sets[dst]!.sizeof(), popped]);
  }
  return trace;
}

function expectSameTraces(programs: readonly (readonly Op[])[]): void {
  const expected = python(PY_RUNNER, programs) as TraceRow[][];
  const failures = programs.flatMap((program, index) => {
    const actual = runModel(program);
    const want = expected[index]!;
    const row = want.findIndex((wanted, step) => JSON.stringify(wanted) !== JSON.stringify(actual[step]));
    if (row < 0 && want.length === actual.length) return [];
    const step = program.length <= 60 ? row : program.length - want.length + row;
    return [{ ops: JSON.stringify(program.slice(0, step + 1)), expected: JSON.stringify(want[row]), actual: JSON.stringify(actual[row]) }];
  });
  expect(failures.slice(0, 1)).toEqual([]);
}

const int = (n: number | bigint): Member => ['i', String(n)];
const range = (start: number, stop: number): Member[] => Array.from({ length: stop - start }, (_, i) => int(start + i));

describe('SetTable against python3 set()', () => {
  it('orders the brief examples like CPython', () => {
    expectSameTraces([
      [['display', 0, true, [int(10), int(1), int(100), int(5)]]],
      [['display', 0, false, [int(10), int(1), int(100), int(5)]]],
      [['new', 0, 'list', range(0, 20)], ['display', 1, false, [int(3)]], ['binop', 2, '-', 0, 1]],
      [['display', 0, true, [['s', 'apple'], ['s', 'banana'], ['s', 'cherry'], ['s', 'date']]]],
      [['new', 0, 'list', range(0, 100)], ['pop', 0], ['pop', 0], ['add', 0, int(0)], ['pop', 0], ['clear', 0], ['pop', 0]],
      [['new', 0, 'list', [int(-1), int(-2), int(2n ** 61n - 2n), int(2n ** 64n + 7n), int(8), int(16), int(24), int(32)]]],
      [['new', 0, 'list', range(0, 9)], ['new', 1, 'list', range(0, 200)], ['inplace', '-', 0, 1], ['inplace', '-', 1, 0]],
      [['new', 0, 'list', range(0, 50)], ['binop', 1, '&', 0, 0], ['binop', 2, '-', 0, 0], ['binop', 1, '^', 0, 0], ['inplace', '&', 0, 0], ['inplace', '^', 0, 0]],
    ]);
  });

  it('matches random programs of adds, removals, pops and set algebra', () => {
    const member: fc.Arbitrary<Member> = fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: -5, max: 60 }).map(int) },
      { weight: 1, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(int) },
      { weight: 2, arbitrary: fc.string({ maxLength: 3 }).map((s): Member => ['s', s]) },
    );
    const members = fc.array(member, { maxLength: 40 });
    const slot = fc.integer({ min: 0, max: 2 });
    const sourceKind = fc.constantFrom<SourceKind>('list', 'set', 'dict');
    const symbol = fc.constantFrom('|', '&', '-', '^') as fc.Arbitrary<'|' | '&' | '-' | '^'>;
    const op: fc.Arbitrary<Op> = fc.oneof(
      // identifier-like strings in constant displays depend on interning (see fromDisplay)
      fc.tuple(fc.constant('display' as const), slot, fc.boolean(), members).map(
        ([name, dst, constant, items]): Op => [name, dst, constant, items.map((m): Member => (m[0] === 's' ? ['s', `?${m[1]}`] : m))],
      ),
      fc.tuple(fc.constant('new' as const), slot, sourceKind, members),
      fc.tuple(fc.constantFrom('add' as const, 'discard' as const), slot, member),
      fc.tuple(fc.constantFrom('add' as const, 'discard' as const), slot, member),
      fc.tuple(fc.constantFrom('pop' as const, 'clear' as const), slot),
      fc.tuple(fc.constant('pop' as const), slot),
      fc.tuple(fc.constant('update' as const), slot, sourceKind, members),
      fc.tuple(fc.constant('binop' as const), slot, symbol, slot, slot),
      fc.tuple(fc.constant('inplace' as const), symbol, slot, slot),
      fc.tuple(
        fc.constant('method' as const),
        slot,
        fc.constantFrom('union' as const, 'intersection' as const, 'difference' as const, 'symmetric_difference' as const),
        slot,
        sourceKind,
        members,
      ),
      fc.tuple(fc.constant('copy' as const), slot, slot),
    );
    expectSameTraces(sample(fc.array(op, { minLength: 1, maxLength: 30 }), 1200));
  });

  it('orders constant displays with identifier strings, interned before or not', () => {
    const displays = sample(
      fc.array(fc.oneof(fc.integer({ min: -50, max: 300 }).map(int), fc.integer({ min: 0, max: 9999 }).map((n): Member => ['s', `w${n}x`])), { minLength: 3, maxLength: 12 }),
      300,
    );
    const script = `
import json, sys
def member(m): return int(m[1]) if m[0] == 'i' else m[1]
def wire(x): return ['i', str(x)] if isinstance(x, int) else ['s', x]
out = []
displays = json.load(sys.stdin)
for interned in (False, True):
    for items in displays:
        values = [member(m) for m in items]
        keep = [sys.intern(v) for v in values if isinstance(v, str)] if interned else []
        # serialise at once: holding the members would keep their interned copies alive
        out.append(json.dumps([wire(x) for x in eval('{' + ', '.join(repr(v) for v in values) + '}')]))
        del keep
print('[' + ','.join(out) + ']')
`;
    const expected = python(script, displays) as Member[][];
    const actual = [false, true].flatMap((interned) =>
      displays.map((items) => {
        const hasString = items.some((m) => m[0] === 's');
        return [...SetTable.fromDisplay(equals, items.map(entry), true, interned && hasString)].map(memberOf);
      }),
    );
    const mismatches = actual.flatMap((order, index) =>
      JSON.stringify(order) === JSON.stringify(expected[index]) ? [] : [{ interned: index >= displays.length, items: JSON.stringify(displays[index % displays.length]) }],
    );
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('grows like CPython when many members are added one by one', () => {
    expectSameTraces([
      Array.from({ length: 3000 }, (_, n): Op => ['add', 0, int((n * 7919) % 100003)]),
      [['new', 0, 'list', range(0, 5000)], ...range(0, 4990).map((m): Op => ['discard', 0, m]), ['add', 0, int(1)]],
    ]);
  });
});
