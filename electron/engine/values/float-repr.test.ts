import fc from 'fast-check';
import { sample } from './seeded-sample';
import { describe, expect, it } from 'vitest';
import { floatRepr } from './float-repr';
import { mismatches, ours, pyEvalBatch, pyLiteral } from './python-batch';

const edgeCases = [
  0, -0, 1, -1, 0.1, 0.5, 1e16, 1e15, 9999999999999998, 1e-5, 1e-4, 1.5e-7, 0.0001, 123, 1e22,
  1e100, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, Infinity, -Infinity,
  // eslint-disable-next-line no-loss-of-precision -- these literals are the doubles CPython prints back
  NaN, 123456789012345680, 0.3, 2 / 3, 1e21, 1.5, 100, 12345678901234567, 1234567890123456.7,
];

function check(values: readonly number[]): void {
  const expressions = values.map((x) => `repr(${pyLiteral(x)})`);
  const expected = pyEvalBatch(expressions);
  const actual = values.map((x) => ours(() => floatRepr(x)));
  expect(mismatches(expressions, expected, actual)).toEqual([]);
}

describe('floatRepr', () => {
  it('matches repr(float) on edge cases', () => check(edgeCases));

  it('matches repr(float) on random doubles', () => {
    const doubles = sample(fc.double(), 3000);
    const scaled = sample(fc.integer({ min: -1e9, max: 1e9 }), 500).map((n) => n / 1000);
    check([...doubles, ...scaled]);
  });
});
