import fc from 'fast-check';
import { sample } from './seeded-sample';
import { describe, expect, it } from 'vitest';
import { mismatches, ours, pyEvalBatch, pyLiteral } from './python-batch';
import * as str from './strings';

interface Case {
  readonly python: string;
  readonly compute: () => unknown;
}

function check(cases: readonly Case[]): void {
  const expressions = cases.map((c) => c.python);
  const expected = pyEvalBatch(expressions);
  const actual = cases.map((c) => ours(c.compute));
  expect(mismatches(expressions, expected, actual, 15)).toEqual([]);
}

const big = (n: number) => BigInt(n);
const lit = pyLiteral;
const opt = (n: number | null) => (n === null ? 'None' : String(n));

/** strings over a small alphabet so that separators and needles actually occur */
const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '\t', '\n', 'é', '😀', 'X', '\u2028', '\r'), maxLength: 12 });
const needle = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '😀', 'X'), maxLength: 3 });
const index = fc.option(fc.integer({ min: -15, max: 15 }), { nil: null });

describe('str methods', () => {
  it('match CPython on random strings', () => {
    const samples = sample(fc.tuple(text, needle, index, index, fc.integer({ min: -1, max: 3 }), needle), 400);
    const cases: Case[] = [];
    for (const [s, n, a, b, k, r] of samples) {
      const [S, N] = [lit(s), lit(n)];
      cases.push(
        { python: `len(${S})`, compute: () => big(str.strLen(s)) },
        { python: `${S}[${opt(a)}:${opt(b)}:${k === 0 ? 'None' : k}]`, compute: () => str.strSlice(s, a, b, k === 0 ? null : k) },
        { python: `${S}.find(${N}, ${opt(a)}, ${opt(b)})`, compute: () => big(str.strFind(s, n, a, b)) },
        { python: `${S}.rfind(${N}, ${opt(a)}, ${opt(b)})`, compute: () => big(str.strFind(s, n, a, b, true)) },
        { python: `${S}.index(${N})`, compute: () => big(str.strIndexOf(s, n)) },
        { python: `${S}.count(${N}, ${opt(a)}, ${opt(b)})`, compute: () => big(str.strCount(s, n, a, b)) },
        { python: `${S}.startswith(${N}, ${opt(a)}, ${opt(b)})`, compute: () => str.strStartsWith(s, n, a, b) },
        { python: `${S}.endswith((${N}, 'b'), ${opt(a)}, ${opt(b)})`, compute: () => str.strStartsWith(s, [n, 'b'], a, b, true) },
        { python: `${N} in ${S}`, compute: () => str.strContains(s, n) },
        { python: `${S}.split(${N}, ${k})`, compute: () => str.strSplit(s, n, k) },
        { python: `${S}.rsplit(${N}, ${k})`, compute: () => str.strRsplit(s, n, k) },
        { python: `${S}.split(None, ${k})`, compute: () => str.strSplit(s, null, k) },
        { python: `${S}.rsplit(None, ${k})`, compute: () => str.strRsplit(s, null, k) },
        { python: `${S}.splitlines()`, compute: () => str.strSplitlines(s) },
        { python: `${S}.splitlines(True)`, compute: () => str.strSplitlines(s, true) },
        { python: `${S}.strip()`, compute: () => str.strStrip(s) },
        { python: `${S}.lstrip(${N})`, compute: () => str.strStrip(s, n, 'left') },
        { python: `${S}.rstrip(${N})`, compute: () => str.strStrip(s, n, 'right') },
        { python: `${S}.replace(${N}, ${lit(r)}, ${k})`, compute: () => str.strReplace(s, n, r, k) },
        { python: `${S}.center(${k + 8}, '*')`, compute: () => str.strPad(s, k + 8, '*', 'center') },
        { python: `${S}.rjust(${k + 5})`, compute: () => str.strPad(s, k + 5, ' ', 'right') },
        { python: `${S}.zfill(${k + 6})`, compute: () => str.strZfill(s, k + 6) },
        { python: `${S}.partition(${N})`, compute: () => str.strPartition(s, n) },
        { python: `${S}.rpartition(${N})`, compute: () => str.strPartition(s, n, true) },
        { python: `${S}.expandtabs(${k + 2})`, compute: () => str.strExpandtabs(s, k + 2) },
        { python: `${S} * ${k}`, compute: () => str.strRepeat(s, big(k)) },
        { python: `repr(${S})`, compute: () => str.strRepr(s) },
        { python: `(${S} > ${N}) - (${S} < ${N})`, compute: () => big(str.strCompare(s, n)) },
        { python: `${S}.title()`, compute: () => str.strTitle(s) },
        { python: `${S}.istitle()`, compute: () => str.strIstitle(s) },
      );
      if (a !== null) cases.push({ python: `${S}[${a}]`, compute: () => str.strIndex(s, a) });
    }
    check(cases);
  });

  it('ord, chr and astral ordering match CPython', () => {
    check([
      { python: "ord('😀')", compute: () => str.strOrd('😀') },
      { python: "ord('ab')", compute: () => str.strOrd('ab') },
      { python: "ord('')", compute: () => str.strOrd('') },
      { python: 'chr(128512)', compute: () => str.strChr(128512n) },
      { python: 'chr(-1)', compute: () => str.strChr(-1n) },
      { python: 'chr(1114112)', compute: () => str.strChr(1114112n) },
      { python: 'chr(2**40)', compute: () => str.strChr(2n ** 40n) },
      { python: "('\\uffff' < '😀')", compute: () => str.strCompare('\uffff', '😀') < 0 },
      { python: "'x'.center(4, 'ab')", compute: () => str.strPad('x', 4, 'ab', 'center') },
      { python: "'a,b'.split('')", compute: () => str.strSplit('a,b', '') },
    ]);
  });
});
