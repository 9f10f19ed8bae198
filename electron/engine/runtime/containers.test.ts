// Containers against CPython: each program runs through the engine and through python3 (one
// batched process, hash seed 0 as the engine assumes) and must print the same lines and end
// with the same exception line. Expected output is never typed by hand.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../index';

const DRIVER = String.raw`
import sys, io, json, contextlib, traceback
out = []
for src in json.load(sys.stdin):
    buf = io.StringIO()
    last = ''
    g = {'__name__': '__main__'}
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(src, 'prog.py', 'exec'), g)
        except BaseException as e:
            last = traceback.format_exception_only(type(e), e)[-1].rstrip()
        g.clear()
    out.append({'stdout': buf.getvalue(), 'last': last})
sys.stdout.write(json.dumps(out))
`;

function cpython(programs: readonly string[]): { stdout: string; last: string }[] {
  const text = execFileSync('python3', ['-W', 'ignore', '-c', DRIVER], {
    input: JSON.stringify(programs),
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '/usr/bin', PYTHONHASHSEED: '0', LANG: 'C.UTF-8' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(text) as { stdout: string; last: string }[];
}

function engine(src: string): { stdout: string; last: string } {
  const r = runProgram(src);
  const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
  return { stdout: r.stdout, last: r.exitCode === 0 ? '' : (lines[lines.length - 1] ?? '').trimEnd() };
}

/** Each statement on its own line, its exception (if any) printed instead of stopping. */
function guarded(lines: readonly string[]): string {
  const body = lines.map((l) => `try:\n    ${l}\nexcept Exception as e:\n    print(type(e).__name__, e)`).join('\n');
  return `import sys\n${body}\n`;
}

const SIZES = [
  `import sys\na = []\nfor i in range(70):\n    a.append(i)\n    print(len(a), sys.getsizeof(a))\nwhile a:\n    a.pop()\n    print(len(a), sys.getsizeof(a))`,
  `import sys\nfor n in range(25):\n    print(n, sys.getsizeof(list(range(n))), sys.getsizeof([0] * n), sys.getsizeof(list(x for x in range(n))), sys.getsizeof(list(iter(range(n)))))`,
  `import sys\nfor n in range(12):\n    a = []\n    a.extend(range(n)); x = sys.getsizeof(a)\n    b = [1]; b.pop(); b.extend([0] * n); y = sys.getsizeof(b)\n    c = [1, 2]; c += tuple(range(n)); z = sys.getsizeof(c)\n    d = [5]; d *= n; w = sys.getsizeof(d)\n    print(n, x, y, z, w, sys.getsizeof([i for i in range(n)]))`,
  `import sys\na = list(range(30))\nfor k in range(10):\n    if k % 2:\n        del a[::3]\n    else:\n        del a[2:5]\n    print(len(a), sys.getsizeof(a))\n    a[1:1] = range(k)\n    print(len(a), sys.getsizeof(a))\n    a.insert(0, k); a.remove(k)\n    print(len(a), sys.getsizeof(a), sys.getsizeof(a[:]), sys.getsizeof(a + a), sys.getsizeof(a.copy()))\na.clear(); print(sys.getsizeof(a)); a.extend([1,2,3]); print(sys.getsizeof(a))`,
  `import sys\na = [1, 2, 3]\na[:] = []\nprint(sys.getsizeof(a))\na.extend([1, 2, 3])\nprint(sys.getsizeof(a))\nb = [1]\ndel b[0]\nb.extend([1, 2, 3])\nprint(sys.getsizeof(b))\nc = list('abcdefghij')\nc.extend(iter(c[:3]))\nprint(sys.getsizeof(c))`,
];

const SLICES = [
  `a = list(range(7)); s = 'abcdefg'; t = tuple(a); r = range(2, 30, 3)
for i in (None, -9, -3, -1, 0, 1, 3, 6, 7, 9):
    for j in (None, -8, -2, 0, 2, 5, 7, 10):
        for k in (None, -3, -2, -1, 1, 2, 4):
            print(i, j, k, a[i:j:k], s[i:j:k], t[i:j:k], list(r[i:j:k]), r[i:j:k])`,
  `for i in range(-9, 9):
    for j in range(-9, 9):
        a = list(range(6)); a[i:j] = 'xy'; b = list(range(6)); del b[i:j]
        print(i, j, a, b)`,
  `for k in (-3, -2, 2, 3):
    for i in (None, -5, 0, 1, 4):
        a = list(range(8)); n = len(a[i::k]); a[i::k] = 'z' * n; b = list(range(8)); del b[i::k]
        print(k, i, a, b)`,
  `a = [1, 2, 3]\na[::-1] = a\nprint(a)\na[1:] = a\nprint(a)\na.extend(a)\nprint(a)\nb = [0] * 3\nb[0:2] = (x for x in 'ab')\nprint(b)`,
];

const ERRORS = [guarded([
  '[1][5]', '(1,)[5]', "'a'[5]", 'range(3)[5]', "[1]['a']", "(1,)['a']", "'a'['a']", "range(3)['a']", '5[0]', 'None[0]',
  'int[0]', '[1][10**20]', '[1][1:2:0]', "[1]['a':]", '{}[[1]]', 'len(5)', 'len(range(10**20))', '1 in 5', "1 in 'abc'", '[] in {1}',
  'x=[1]; x[5]=1', 'x=(1,); x[0]=1', "x='a'; x[0]=1", 'x=5; x[0]=1', 'x=(1,); del x[0]', "x='a'; del x[0]", 'x=5; del x[0]',
  'x=[1,2,3]; x[::2]=[1]', 'x=[1,2,3]; x[::2]=5', 'x=[1,2,3]; x[0:1]=5', "x=[1]; x['a']=1", 'x=[1]; del x[5]', '{}[1]', 'x={}; del x[1]',
  'x=[1]; x.append()', 'x=[1]; x.append(1,2)', 'x=[1]; x.pop(1,2)', 'x=[]; x.pop()', 'x=[1]; x.pop(5)', "x=[1]; x.pop('a')",
  'x=[1]; x.insert(1)', 'x=[1]; x.remove(5)', 'x=[1]; x.index(5)', "x=[1]; x.index('a')", 'x=[1]; x.index()', 'x=[1]; x.count()',
  'x=[1]; x.sort(1)', 'x=[1]; x.sort(reverses=1)', "x=[1, 'a']; x.sort()", "x=['a', 1]; x.sort()", 'x=[1]; x.reverse(1)',
  'x=[1]; x.extend(5)', 'x=[1]; x += 5', '{}.get()', '{}.get(1,2,3)', '{}.pop()', '{}.pop(1)', '{}.popitem()', '{}.setdefault()',
  '{}.update(1,2)', '{}.update(5)', '{}.update([1])', '{}.update([(1,2,3)])', '{}.keys(1)', 'set().add()', 'set().remove(1)',
  'set().pop()', 'set().union(5)', 'set().issubset(5)', 'set().isdisjoint()', '(1,).index(5)', '(1,).count()', 'set()[0]',
  '[1,2][1.0]', "'abc'[1.5]", "'a' * 10**20", 'x=[1]; x.pop(10**20)', 'x = {1}; x.remove([1])', '{1:2}.get([])',
  "print([1,2,3].index(3, -1), [1,2,3].index(2, 0, 5), (1,2,1).index(1, 1))", 'print({1,2} <= {1,2,3}, {1} < {1}, {3} >= set())',
])];

const SORTS = [
  `class K:
    calls = []
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        K.calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return 'K%d' % self.v
seed = [5]
def randrange(n):
    seed[0] = (seed[0] * 1103515245 + 12345) % 2147483648
    return seed[0] % n
for n in list(range(12)) + [31, 64, 65, 100, 257, 600]:
    for kind in range(4):
        vals = [randrange(n // 2 + 1) for _ in range(n)]
        if kind == 1: vals.sort()
        if kind == 2: vals.sort(reverse=True); vals[n // 3:n // 2] = sorted(vals[n // 3:n // 2])
        ks = [K(v) for v in vals]
        K.calls = []
        ks.sort()
        print(n, kind, len(K.calls), hash(tuple(K.calls)), [k.v for k in ks] == sorted(vals))`,
  `data = [(3, 'c'), (1, 'a'), (3, 'a'), (2, 'z'), (1, 'b')]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
a = ['bb', 'a', 'ccc', 'dd']; a.sort(key=len, reverse=True); print(a)
a = [3, 1, 2]; a.sort(reverse=True); print(a)
order = []
def key(x):
    order.append(x)
    return -x
b = [5, 3, 9]; b.sort(key=key); print(b, order)`,
];

const SETS = [
  `print({10, 1, 100, 5}, {8, 16, 0, 24}, {'a', 'b', 'c'}, set([3.5, 1.5, 2, (1, 2)]), set([3.5, 1.5, (1, 2)]) | {2})
print(set(range(20)) - {3}, set(range(40, 0, -3)), {x * 7 for x in range(30)})
a = set(range(0, 60, 4)); b = set(range(0, 60, 6))
print(a | b, a & b, a - b, a ^ b, b - a, b ^ a)
print(a.union(range(3), [99]), a.intersection(b, range(30)), a.difference(b, [4]), a.symmetric_difference([0, 1]))
c = set(a); c |= b; print(c); c &= set(range(30)); print(c); c -= {6, 12}; print(c); c ^= {1, 2, 24}; print(c)
d = set(range(50)); ps = [d.pop() for _ in range(5)]; print(ps, d)
d.discard(30); d.add(1000); d.add(-1); print(d); d.clear(); print(d, frozenset([3, 2, 1]))
e = {1, 2, 3}; e.update([4], (5,), {6: 0}); e.intersection_update(range(5)); e.difference_update({1}, [2]); print(e)
print(frozenset({1, 2}) | {3}, {1, 2} | frozenset({3}), frozenset([1]).copy(), {1, 2}.issuperset([1]), {1}.isdisjoint({2}))
print(sorted({'x', 'y'} | set('hello')), {1, 1.0, True}, {0, False, 0.0}, [1] in [[1]], {1, 2} in [{2, 1}], frozenset({1}) in {frozenset({1})})
s = set(); s.add(frozenset({1, 2})); print({1, 2} in s, s)`,
];

const DICTS = [
  `d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 9), d)
print(d.pop('b'), d.pop('z', None), d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(d); print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items(), 'x' in d.keys(), ('x', 1) in d.items(), ('x', 2) in d.items(), 3 in d.values())
print(dict.fromkeys('abc'), dict.fromkeys(range(3), 0), d.copy() == d, d.copy() is d)
class M:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k * 2
d.update(M()); print(d); d.clear(); print(d, len(d))
e = {1: 'a'}; e |= [(2, 'b')]; print(e, {**e, 3: 'c'}, e | {1: 'z'})`,
];

const LIFETIMES = [
  `class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
a = [D(i) for i in range(4)]
print('clear'); a.clear()
a = [D(i) for i in range(6)]
print('del slice'); del a[1:4]
print('assign slice'); a[0:2] = [D(10)]
print('ext del'); b = [D(i) for i in range(20, 26)]; del b[::-2]
print('ext assign'); b[::2] = [D(30), D(31)] if len(b[::2]) == 2 else [D(30)]
print('pop'); x = b.pop(); print('popped', x.n); del x
print('remove'); b.remove(b[0])
print('setitem'); a[0] = D(40)
print('sort'); c = [D(3), D(1)]; c.sort(key=lambda d: d.n); print([d.n for d in c])
print('set'); s = {D(50)}; s.clear(); t = {D(51)}; t.pop(); print('popped')
print('dict'); d = {1: D(60), 2: D(61)}; d.pop(1); d.clear()
print('repeat'); r = [D(70)] * 2; r *= 0
print('names'); del a, b, c, s, t, d, r
print('end')`,
  `import sys
x = object()
a = [x, x]
print(sys.getrefcount(x))
y = a.pop(); print(sys.getrefcount(x)); del y
b = a * 3; print(sys.getrefcount(x)); b[1:3] = []; print(sys.getrefcount(x)); del b[::2]; print(sys.getrefcount(x))
s = {x}; t = s | {1}; u = s & t; print(sys.getrefcount(x)); s.discard(x); t.clear(); print(sys.getrefcount(x))
d = {}; d.setdefault('k', x); d.update(j=x); print(sys.getrefcount(x)); d.popitem(); print(sys.getrefcount(x))
l = [x]; l.sort(); l.reverse(); c = l.copy(); print(sys.getrefcount(x), x in l, l.index(x), l.count(x))`,
];

const ALL = [...SIZES, ...SLICES, ...ERRORS, ...SORTS, ...SETS, ...DICTS, ...LIFETIMES];

describe('containers against CPython 3.11', () => {
  const expected = cpython(ALL);
  ALL.forEach((src, i) => {
    it(`program ${i}: ${src.split('\n')[0]!.slice(0, 60)}`, () => {
      expect(engine(src)).toEqual(expected[i]);
    });
  });
});
