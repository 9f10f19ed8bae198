import fc from 'fast-check';
import { sample } from './seeded-sample';
import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr } from './format';
import { mismatches, ours, pyEvalBatch, pyLiteral } from './python-batch';

type Value = bigint | number | string;

function formatOurs(value: Value, spec: string): string {
  if (typeof value === 'bigint') return formatInt(value, spec);
  if (typeof value === 'number') return formatFloat(value, spec);
  return formatStr(value, spec);
}

function check(values: readonly Value[], specs: readonly string[]): void {
  const pairs = values.flatMap((v) => specs.map((s) => [v, s] as const));
  const expressions = pairs.map(([v, s]) => `format(${pyLiteral(v)}, ${pyLiteral(s)})`);
  const expected = pyEvalBatch(expressions);
  const actual = pairs.map(([v, s]) => ours(() => formatOurs(v, s)));
  expect(mismatches(expressions, expected, actual, 15)).toEqual([]);
}

/** random specs assembled from the grammar's parts, including invalid combinations */
const specArbitrary = fc
  .tuple(
    fc.constantFrom('', '<', '>', '^', '=', '*<', '0>', 'x^', '😀=', '0='),
    fc.constantFrom('', '+', '-', ' '),
    fc.constantFrom('', '', 'z'),
    fc.constantFrom('', '#'),
    fc.constantFrom('', '0'),
    fc.constantFrom('', '1', '5', '12', '20'),
    fc.constantFrom('', '', ',', '_'),
    fc.constantFrom('', '.0', '.1', '.3', '.10', '.17'),
    fc.constantFrom('', 'd', 'b', 'o', 'x', 'X', 'c', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r'),
  )
  .map((parts) => parts.join(''));

const INTS: bigint[] = [0n, 1n, -1n, 42n, -42n, 255n, 1234567n, -1234567n, 10n ** 20n, 97n, 0x10ffffn, 0x110000n];
const FLOATS: number[] = [
  0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 0.1, 1e16, 1e15, 123456.789, -123456.789, 1e-5, 1.5e-7, 1e22,
  1e100, 5e-324, Infinity, -Infinity, NaN, 0.125, 0.375, 2 / 3, 1234567.0, 1e-4, 999999.5, 9.9999995,
];
const STRS: string[] = ['', 'a', 'hello', 'héllo', '😀x', 'a long string value'];

describe('format()', () => {
  it('matches CPython on fixed specs', () => {
    const specs = [
      '', 'd', '5', '<5', '>5', '^5', '^6', '=8', '+', ' ', '05', '010', '010,', '09,', '08_', ',', '_',
      'x', '#x', '#X', '#o', '#b', '_x', '#_b', ',x', 'c', '+c', '#c', '.2', 'e', '.3e', 'E', 'f', '.2f',
      '.0f', 'F', 'g', '.3g', 'G', '#g', '#.3g', '.3', '.0', '#', '%', '.1%', 'n', ',.2f', '020,.2f',
      'z.1f', 'z', 'q', '5.5.5', ',_', '_,', '.', '*^12', '😀>5', '10000000000000000000000', 's', '.3s',
      '.17g', '.17', 'r', '+.3', ' 012,', '-5', '=^5', 'z,', '0=+10.2f', '\u0663', '.\u0662f',
    ];
    check([...INTS, ...FLOATS, ...STRS], specs);
  });

  it('matches CPython on random specs and values', () => {
    const specs = sample(specArbitrary, 250);
    const floats = sample(fc.double(), 30);
    const ints = sample(fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), 10);
    check([...ints, ...floats, ...INTS.slice(0, 6), ...FLOATS.slice(0, 12), ...STRS], specs);
  });

  it('matches CPython on many precisions of random floats (exact rounding)', () => {
    const specs = ['.0f', '.1f', '.2f', '.5f', '.20f', '.0e', '.4e', '.16e', '.1g', '.6g', '.15g', '.30g', '.2%'];
    const floats = [
      ...sample(fc.double({ noNaN: true }), 150),
      ...sample(fc.integer({ min: -100000, max: 100000 }), 100).map((n) => n / 1000),
      ...sample(fc.integer({ min: 0, max: 10000 }), 50).map((n) => n / 8 + 0.5),
    ];
    check(floats, specs);
  });
});
