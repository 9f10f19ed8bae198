// Bad programs: our SourceError must carry CPython's exception type, message and line (CPython
// computes them in one batch); constructs outside the subset must be named as unsupported.

import { describe, expect, it } from 'vitest';
import { SourceError } from '../source-error';
import { parse } from './index';
import { cpythonParse } from './test-oracle';

const BAD_PROGRAMS: readonly string[] = [
  'x = (', 'x = (1,\n', 'x = [1,\n2', 'f(a, b', 'x = )', 'x = ]', 'x = (1]', 'x = (\n1]',
  'x = $', 'x = ?', 'a = €', 'x = 1 \\ 2', 'x = \\', "x = 'abc", 'x = "abc\ny = 1', "x = '''abc\n\n",
  '1abc', '0x', '01', '1__0', '1_', '1e', '0b2', '0o8', '0x1g', '1_000.5_', '1.__class__',
  "'\\x4'", "'\\u12'", "b'é'", "'a' b'b'",
  "f'{}'", "f'}'", "f'{x!z}'", "f'{x#}'", "f'{\\n}'", "f'{x'", "f'{a b}'", "f'{x:{y:{z}}}'",
  '1 = x', 'f() = 1', 'x + 1 = 2', '(a, 1) = x', 'a, f() = 1', '[f()] = 1', 'True = 1',
  'x = f() = 1', 'f() = 1 = 2', 'a < b = c', 'not a = 1', 'x = 1 = 2', 'a if b else c = 1',
  '"s" = 1', 'f() = yield', 'f() = a, b', 'lambda: 1 = 1',
  'a, b += 1', '[a] += 1', 'f() += 1', '1 += 1', 'del 1', 'del f()', 'del (a, 1)', 'del *a',
  'for 1 in x: pass', 'for f() in x: pass', '*a = 1', 'a, *b, *c = d', 'x := 1', 'a.b := 1',
  'if x\n  pass', 'if x:\npass', 'while x\n  pass', 'for x in y\n  pass', 'def f()\n  pass',
  'class A\n  pass', 'try\n  pass', 'if x:\n  pass\nelse\n  pass', 'def f:\n  pass',
  'def f():\nreturn 1', 'for x in y:\n\n\nx', 'class A:\nx = 1', 'try:\n  pass\n', 'try:\n  pass\nx=1',
  'try:\nx', 'if 1:\n  pass\nelif 2:\npass', 'while 1:\npass', 'try:\n  x\nexcept:\npass',
  'try:\n  x\nfinally:\npass', 'if 1:\n  pass\nelse:\npass',
  '  x=1', 'if 1:\n    x\n  y', 'if x:\n  pass\n else:\n  pass', 'if 1:\n\tx\n        y',
  'x = 1\n    y = 2', 'return 1', 'break', 'continue', 'class A:\n  return 1', 'a = yield',
  'def f():\n  class A:\n    yield', 'for x in y:\n  def f():\n    break',
  'while 1:\n  class A:\n    continue', '[(yield) for x in y]', 'def f():\n  [(yield) for x in y]',
  'print "x"', 'print x', 'exec "code"',
  'f(**x, *y)', 'f(a=1, b)', 'f(**a, b)', 'f(*a, b=1, c)', 'f(a=1, a=2)', 'f(1=2)', 'f(a + 1 = 2)',
  'f(x for x in y, 1)', 'f(1, x for x in y)', 'def f(a=1, b): pass', 'def f(a, a): pass',
  'def f(*): pass', 'def f(*, **k): pass', 'def f(**k, a): pass', 'def f(*a, *b): pass',
  'lambda a=1, b: 0', 'x = 1 if 2', 'x = 5 6', '[1 2]', 'f(a b)', '{1: 2 3: 4}',
  'import', 'from x import', 'from x import (a, b', 'import a.', 'else: pass', 'elif x: pass',
  'x = 1 +', 'x = * 1', '(*a)', 'x = **a', 'f(**)', 'a.1', 'x = [1, 2', 'def f(:\n  pass',
  'class A(:\n  pass', 'x = {1: }', 'x = {**}', 'if = 1', 'def = 2', 'None = 1', 'x.None = 1',
  'try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass', 'try:\n  pass\nexcept A, B:\n  pass',
  'x = 1\ny = (2,\nz = 3', 'x = "a" "b\n', "def f():\n  x = '''\n", 'if True:\n  x = (\n',
  'x = 10000000000000000000000000000000000000000000000000000x',
  '(' .repeat(300) + ')'.repeat(300), 'x = ' + '['.repeat(201) + ']'.repeat(201),
  'def f():\n  nonlocal x'.slice(0, 0) + 'x = 1\ny ==== 2', 'a b c d', 'x = not', 'x = a not b',
  'x = a is', 'x = lambda', 'assert', 'raise from x', 'global', 'global 1', 'del', 'x = (yield',
  'x = yield = 1', 'for x in :\n  pass', 'for in x:\n  pass', 'while:\n  pass', 'if:\n  pass',
];

const UNSUPPORTED: readonly (readonly [string, string])[] = [
  ['with open(f) as g:\n  pass', "'with'"], ['async def f():\n  pass', "'async def'"],
  ['def f():\n  await x', "'await'"], ['match x:\n  case 1:\n    pass', "'match'"],
  ['async for x in y:\n  pass', "'async for'"], ['x: int = 1', 'type annotations'], ['x: int', 'type annotations'],
  ['def f(a: int): pass', 'type annotations'], ['def f() -> int: pass', 'type annotations'],
  ['def f(a, /, b): pass', "positional-only parameters ('/')"], ['from . import x', 'relative imports'],
  ['from m import *', "'import *'"], ["x = '\\N{EM DASH}'", "'\\N{...}' escapes"],
  ['[x async for x in y]', "'async for'"], ['@d\nasync def f(): pass', "'async def'"],
  ['try:\n  pass\nexcept* E:\n  pass', "'except*'"],
];

function ours(src: string): { type: string; msg: string; lineno: number } | 'ok' | string {
  try {
    parse(src);
    return 'ok';
  } catch (err) {
    if (!(err instanceof SourceError)) return `crash: ${String(err)}`;
    if (err.reason === 'unsupported') return `unsupported: ${err.detail}`;
    return { type: err.pythonType, msg: err.detail, lineno: err.line };
  }
}

describe('syntax errors match CPython 3.11', () => {
  const oracle = cpythonParse(BAD_PROGRAMS);
  it.each(BAD_PROGRAMS.map((src, i) => [JSON.stringify(src).slice(0, 70), i] as const))('%s', (_name, i) => {
    const expected = oracle[i]!;
    if (!('error' in expected)) throw new Error('CPython accepts this program; it does not belong in this list');
    const { type, msg, lineno } = expected.error;
    // TabError is an IndentationError; SourceError has no separate type for it
    const pythonType = type === 'TabError' ? 'IndentationError' : type;
    expect(ours(BAD_PROGRAMS[i]!)).toEqual({ type: pythonType, msg, lineno });
  });
});

describe('constructs outside the subset', () => {
  const oracle = cpythonParse(UNSUPPORTED.map(([src]) => src));
  it.each(UNSUPPORTED.map(([src, name], i) => [src, name, i] as const))('%j is unsupported: %s', (src, name, i) => {
    // valid Python (except where CPython itself needs a function for await), but not ours
    const cpython = oracle[i]!;
    if ('error' in cpython) expect(cpython.error.msg).toMatch(/await|async/);
    expect(ours(src)).toBe(`unsupported: unsupported: ${name}`);
  });
});
