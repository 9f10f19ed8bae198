// The trace against CPython: refcounts in snapshots equal `sys.getrefcount(x) - 1` printed by
// python3 at the same point of the same program; aliasing, cycles and the collector show as
// the game needs; a snapshot rebuilt from checkpoints equals one read afresh from the heap.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Snapshot } from './model';
import { traceProgram, type Trace } from './trace-program';

interface Probe {
  /** 1-based line the probe runs just before */
  readonly before: number;
  readonly exprs: readonly string[];
}

const PROGRAMS: { name: string; source: string; probes: Probe[] }[] = [
  {
    name: 'aliases, containers, calls, loops',
    source: `a = [1, 2, 3]
b = a
c = [a, a]
d = {'k': a}
def f(x):
    y = x
    return len(y)
n = f(a)
for item in c:
    z = item
del b
t = (a, 5)
pass
`,
    probes: [
      { before: 2, exprs: ['a'] },
      { before: 3, exprs: ['a'] },
      { before: 5, exprs: ['a', 'c', 'd'] },
      { before: 7, exprs: ['x', 'y', 'a'] },
      { before: 10, exprs: ['item', 'a', 'c'] },
      { before: 12, exprs: ['a'] },
      { before: 13, exprs: ['a', 't', 'c[0]'] },
    ],
  },
  {
    name: 'instances, closures, defaults',
    source: `class P:
    def __init__(self):
        self.items = []
p = P()
q = p
p.items.append(q)
def mk():
    data = [1]
    def inner():
        return data
    return inner
g = mk()
def h(v=[]):
    return v
lst = [p, p, p]
pass
`,
    probes: [
      { before: 5, exprs: ['p', 'p.items'] },
      { before: 7, exprs: ['p', 'p.items'] },
      { before: 13, exprs: ['g'] },
      { before: 16, exprs: ['p', 'lst', 'h', 'g'] },
    ],
  },
  {
    name: 'the grid trap',
    source: `grid = [[0] * 3] * 3
grid[0][0] = 1
rows = [[0] * 3 for _ in range(3)]
pass
`,
    probes: [
      { before: 2, exprs: ['grid', 'grid[0]', 'grid[2]'] },
      { before: 4, exprs: ['rows', 'rows[0]', 'grid[1]'] },
    ],
  },
];

/** Runs the program in python3 with probe prints inserted; returns the first value of each probe. */
function cpythonRefcounts(source: string, probes: readonly Probe[]): Map<string, number> {
  const lines = source.split('\n');
  const out: string[] = [];
  lines.forEach((text, i) => {
    const indent = /^\s*/.exec(text)![0];
    for (const p of probes) {
      if (p.before !== i + 1) continue;
      for (const e of p.exprs) out.push(`${indent}print('@${p.before}:${e}', __import__('sys').getrefcount(${e}) - 1)`);
    }
    out.push(text);
  });
  const r = spawnSync('python3', ['-c', out.join('\n')], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const result = new Map<string, number>();
  for (const line of r.stdout.split('\n')) {
    const m = /^@(\d+:.+) (\d+)$/.exec(line);
    if (m && !result.has(m[1]!)) result.set(m[1]!, Number(m[2]));
  }
  return result;
}

/** The state just before line `line` first runs. */
function snapshotBefore(trace: Trace, line: number): Snapshot {
  const s = trace.steps.findIndex((st) => st.kind === 'line' && st.line === line);
  expect(s).toBeGreaterThan(0);
  return trace.snapshot(s - 1);
}

/** Resolves `name`, `name[i]...`, `name.attr` in a snapshot, innermost frame first. */
function resolve(snap: Snapshot, expr: string): number {
  const [, name, rest] = /^(\w+)(.*)$/.exec(expr)!;
  const frame = snap.frames[snap.frames.length - 1]!;
  let id = frame.locals[name!] ?? snap.globals[name!];
  if (id === undefined) throw new Error(`${name} is not bound`);
  for (const [, index, attr] of rest!.matchAll(/\[(\d+)\]|\.(\w+)/g)) {
    const ref = snap.references.find((r) =>
      index !== undefined
        ? r.holder.kind === 'item' && r.holder.owner === id && r.holder.index === Number(index)
        : r.holder.kind === 'attribute' && r.holder.owner === id && r.holder.name === attr);
    if (!ref) throw new Error(`cannot resolve ${expr}`);
    id = ref.to;
  }
  return id;
}

function objectOf(snap: Snapshot, id: number) {
  const o = snap.objects.find((x) => x.id === id);
  if (!o) throw new Error(`object #${id} is not in the snapshot`);
  return o;
}

describe('snapshot refcounts equal CPython sys.getrefcount(x) - 1', () => {
  for (const program of PROGRAMS) {
    it(program.name, () => {
      const expected = cpythonRefcounts(program.source, program.probes);
      const trace = traceProgram(program.source);
      expect(trace.result.exitCode).toBe(0);
      const got = new Map<string, number | null>();
      for (const p of program.probes) {
        const snap = snapshotBefore(trace, p.before);
        for (const e of p.exprs) got.set(`${p.before}:${e}`, objectOf(snap, resolve(snap, e)).refcount);
      }
      expect(Object.fromEntries(got)).toEqual(Object.fromEntries(expected));
    });
  }
});

describe('what the game asks', () => {
  it('[[0] * 3] * 3 is one inner list held by three slots', () => {
    const trace = traceProgram('grid = [[0] * 3] * 3\nprint(grid)\n');
    const snap = trace.snapshot(trace.stepAfterLine(1));
    const grid = snap.globals.grid!;
    const slots = snap.references.filter((r) => r.holder.kind === 'item' && r.holder.owner === grid);
    expect(slots.map((r) => (r.holder as { index: number }).index)).toEqual([0, 1, 2]);
    const inner = new Set(slots.map((r) => r.to));
    expect(inner.size).toBe(1);
    const innerObj = objectOf(snap, [...inner][0]!);
    expect(innerObj.refcount).toBe(3);
    expect(innerObj.repr).toBe('[0, 0, 0]');
    expect(objectOf(snap, grid).repr).toBe('[[0, 0, 0], [0, 0, 0], [0, 0, 0]]');
  });

  it('a self-referencing list is unreachable after del, then freed by gc.collect()', () => {
    const source = 'import gc\nl = [1]\nl.append(l)\nkeep = [2]\ndel l\nn = gc.collect()\nprint(n)\n';
    const trace = traceProgram(source);
    expect(trace.result.stdout).toBe('1\n');
    const before = trace.snapshot(trace.stepAfterLine(3));
    const listId = before.globals.l!;
    expect(objectOf(before, listId).state).toBe('reachable');
    expect(objectOf(before, listId).refcount).toBe(2);
    const afterDel = trace.snapshot(trace.stepAfterLine(5));
    expect(afterDel.globals.l).toBeUndefined();
    expect(objectOf(afterDel, listId)).toMatchObject({ state: 'unreachable', refcount: 1 });
    expect(objectOf(afterDel, afterDel.globals.keep!).state).toBe('reachable');
    const gcStep = trace.stepAfterLine(6);
    expect(objectOf(trace.snapshot(gcStep), listId).state).toBe('freed');
    const events = trace.steps[gcStep]!.events;
    expect(events.find((e) => e.kind === 'free' && e.obj === listId)).toMatchObject({ cause: 'gc' });
    expect(events.find((e) => e.kind === 'gc-run')).toMatchObject({ found: 1 });
    expect(trace.snapshot(gcStep + 1).objects.some((o) => o.id === listId)).toBe(false);
  });

  it('explains a binding with the refcount change', () => {
    const trace = traceProgram('a = [1]\nb = a\n');
    const step = trace.steps.find((s) => s.kind === 'line' && s.line === 2)!;
    const texts = step.events.map((e) => e.explanation);
    expect(texts).toContain(`\`b = a\`: b now refers to list #${trace.snapshot(step.index).globals.a}, refcount 1 → 2`);
  });

  it('a running for loop holds its iterator as a hidden holder', () => {
    const trace = traceProgram('xs = [1, 2]\nfor x in xs:\n    pass\n');
    const snap = trace.snapshot(trace.steps.findIndex((s) => s.line === 3));
    const hidden = snap.frames[0]!.hidden;
    expect(hidden).toHaveLength(1);
    expect(hidden[0]!.label).toBe('iterator of the for loop at line 2');
    expect(objectOf(snap, hidden[0]!.id).type).toBe('list_iterator');
    expect(objectOf(snap, snap.globals.xs!).refcount).toBe(2);
  });

  it('an exception is a step in each frame it passes through', () => {
    const trace = traceProgram('def f(xs):\n    return xs[5]\ntry:\n    f([1])\nexcept IndexError as e:\n    print(e)\n');
    expect(trace.result.stdout).toBe('list index out of range\n');
    const raised = trace.steps.filter((s) => s.kind === 'exception');
    expect(raised.map((s) => [s.function, s.line])).toEqual([['f', 2], ['<module>', 4]]);
    expect(raised[0]!.events.map((e) => e.explanation)).toContain('IndexError raised: list index out of range');
  });

  it('a step-budget stop keeps the trace up to there with a clear message', () => {
    const trace = traceProgram('i = 0\nwhile True:\n    i += 1\n', { maxSteps: 50 });
    expect(trace.result.exitCode).toBe(3);
    expect(trace.stopped).toMatch(/stopped after 50 steps/);
    expect(trace.steps.filter((s) => s.kind === 'line')).toHaveLength(50);
    const last = trace.snapshot(trace.stepCount - 1);
    expect(last.globals.i).toBeDefined();
  });
});

describe('seeking', () => {
  const program = `import gc
class Node:
    def __init__(self, v):
        self.v = v
        self.next = None
def build(n):
    head = None
    for i in range(n):
        node = Node([i] * 2)
        node.next = head
        head = node
    return head
lists = [[j] for j in range(20)]
for r in range(60):
    lists[r % 20].append(r)
    chain = build(r % 7)
    if r % 9 == 0:
        lists[r % 20] = [r, [r]]
    d = {'k': chain, 'l': lists[0]}
    cyc = [d]
    cyc.append(cyc)
    del cyc
    if r % 25 == 0:
        gc.collect()
def gen():
    for x in lists:
        yield x
for v in gen():
    w = v
`;

  it('a snapshot rebuilt from checkpoints equals the heap read afresh at that step', () => {
    const trace = traceProgram(program, { sampleLiveEvery: 7 });
    expect(trace.result.exitCode).toBe(0);
    expect(trace.stepCount).toBeGreaterThan(2000);
    const sampled = trace.sampledSteps;
    expect(sampled.length).toBeGreaterThan(300);
    for (const k of sampled) expect(trace.snapshot(k), `step ${k}`).toEqual(trace.liveSnapshot(k));
  });

  it('seeks in any order give the same snapshots', () => {
    const trace = traceProgram(program);
    const picks = [trace.stepCount - 1, 5, 1234, 17, 2000, 5, trace.stepCount - 1];
    const first = picks.map((k) => JSON.stringify(trace.snapshot(k)));
    const again = picks.map((k) => JSON.stringify(trace.snapshot(k)));
    expect(again).toEqual(first);
    expect(first[1]).toBe(first[5]);
  });
});
