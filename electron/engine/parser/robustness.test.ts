// The parser never crashes, hangs or overflows the stack: random text and random token soups
// either parse or raise a SourceError, quickly; deep nesting is refused with a clear error.
// Plus a speed check on a large program.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../source-error';
import { parse } from './index';

function parsesOrSourceError(src: string): void {
  try {
    parse(src);
  } catch (err) {
    if (!(err instanceof SourceError)) throw err;
  }
}

const SOUP = [
  'x', 'y', 'f', '1', '2.5', '0x1f', '"s"', "f'{x}'", "'''t'''", '(', ')', '[', ']', '{', '}', ',',
  ':', ';', '=', '==', '+', '-', '*', '**', '/', '//', '%', '@', '<', '>', '!=', ':=', '.', '...',
  '->', '\n', '\n    ', '\n  ', '\t', ' ', '\\\n', '#c\n', 'if', 'else', 'elif', 'for', 'in', 'while',
  'def', 'class', 'return', 'yield', 'from', 'lambda', 'not', 'and', 'or', 'is', 'try', 'except',
  'finally', 'raise', 'import', 'as', 'global', 'nonlocal', 'del', 'pass', 'break', 'with', 'async',
  'await', 'True', 'None', "f'{", '"', "'", 'b"x"', '1_0', '1e5', '7j',
];

describe('robustness', () => {
  it('random strings only ever raise SourceError', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), parsesOrSourceError), { numRuns: 2000 });
  });

  it('random token soups only ever raise SourceError', () => {
    const soup = fc.array(fc.constantFrom(...SOUP), { maxLength: 60 }).map((ts) => ts.join(' '));
    const tight = fc.array(fc.constantFrom(...SOUP), { maxLength: 60 }).map((ts) => ts.join(''));
    fc.assert(fc.property(fc.oneof(soup, tight), parsesOrSourceError), { numRuns: 3000 });
  });

  it.each([
    ['10,000 open parentheses', '('.repeat(10_000) + ')'.repeat(10_000), 'too many nested parentheses'],
    ['100,000 unary minus', '-'.repeat(100_000) + '1', 'too many nested expressions'],
    ['100,000 not', 'not '.repeat(100_000) + 'x', 'too many nested expressions'],
    ['deep lambdas', 'lambda: '.repeat(50_000) + '1', 'too many nested expressions'],
    ['deep conditionals', 'a if b else '.repeat(50_000) + 'c', 'too many nested expressions'],
    ['deep powers', '2 ** '.repeat(50_000) + '2', 'too many nested expressions'],
    ['deep f-strings', 'x = ' + "f'{".repeat(3000), null],
    ['deep indentation', Array.from({ length: 150 }, (_, i) => `${' '.repeat(i)}if x:`).join('\n') + '\n', 'too many levels of indentation'],
  ])('refuses %s with a SourceError', (_name, src, detail) => {
    const started = performance.now();
    expect(() => parse(src)).toThrow(SourceError);
    if (detail !== null) expect(() => parse(src)).toThrow(detail);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('parses a 5,000-line program well under 200 ms', () => {
    const chunk = [
      'def f{i}(a, b=1, *args, c=2, **kw):',
      '    """docstring {i}"""',
      '    x = [i * 2 for i in range(a) if i % 2]',
      "    y = {{'k': x, 'v': (a + b) ** 2}}",
      "    s = f'{{a!r:>10}} and {{b}}'",
      '    for i, j in zip(x, y):',
      '        if i < j and not kw:',
      '            y[i] += j',
      '        elif i == j:',
      '            continue',
      '    return lambda z: z + a',
      '',
    ];
    const lines: string[] = [];
    for (let i = 0; lines.length < 5000; i++) lines.push(...chunk.map((l) => l.replaceAll('{i}', String(i))));
    const src = lines.join('\n');
    parse(src); // warm up the JIT
    // the best of a few runs: other test files share the machine's two cores
    let elapsed = Infinity;
    let module = parse(src);
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      module = parse(src);
      elapsed = Math.min(elapsed, performance.now() - started);
    }
    expect(module.body.length).toBeGreaterThan(400);
    expect(elapsed).toBeLessThan(200);
  });
});
