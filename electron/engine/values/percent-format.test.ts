import { describe, expect, it } from 'vitest';
import { floatRepr } from './float-repr';
import { intToString } from './number-parse';
import { percentFormat, type FormatArg, type FormatHooks } from './percent-format';
import { mismatches, ours, pyEvalBatch, pyLiteral } from './python-batch';
import { strRepr } from './str-repr';

type Value = bigint | number | string;

function toArg(value: Value): FormatArg {
  if (typeof value === 'bigint') return { kind: 'int', value, obj: value };
  if (typeof value === 'number') return { kind: 'float', value, obj: value };
  return { kind: 'str', value, obj: value };
}

const hooks: FormatHooks = {
  str: (obj) => (typeof obj === 'number' ? floatRepr(obj) : typeof obj === 'bigint' ? intToString(obj) : String(obj)),
  repr: (obj) => (typeof obj === 'number' ? floatRepr(obj) : typeof obj === 'bigint' ? intToString(obj) : strRepr(String(obj))),
  ascii: (obj) => hooks.repr(obj),
  typeName: (obj) => (typeof obj === 'number' ? 'float' : typeof obj === 'bigint' ? 'int' : 'str'),
};

function check(cases: readonly (readonly [string, readonly Value[]])[]): void {
  const expressions = cases.map(([t, args]) => `${pyLiteral(t)} % (${args.map(pyLiteral).join(', ')}${args.length === 1 ? ',' : ''})`);
  const expected = pyEvalBatch(expressions);
  const actual = cases.map(([t, args]) => ours(() => percentFormat(t, { items: args.map(toArg) }, hooks)));
  expect(mismatches(expressions, expected, actual, 15)).toEqual([]);
}

describe('str % args', () => {
  it('matches CPython', () => {
    const templates = ['%d', '%5d', '%-5d|', '%05d', '%+d', '% d', '%.3d', '%x', '%#x', '%#08X', '%o', '%#o',
      '%s', '%r', '%a', '%5s|', '%-5s|', '%.2s', '%f', '%.2f', '%5.2f', '%-8.3f|', '%08.2f', '%+.1e', '%E',
      '%g', '%G', '%#g', '%.0f', '%c', '%%', '%i', '%u', '%q', '%', '%5', '%10.4g', '%-+08.2f|', '%010f',
      '%3c|', '%#.0f', '%ld'];
    const values: Value[] = [0n, 7n, -42n, 255n, 10n ** 20n, 3.14159, -2.5, 0.5, 1e20, -0, Infinity, NaN, 'x', 'héllo', '😀'];
    const cases: [string, Value[]][] = [];
    for (const t of templates) for (const v of values) cases.push([t, [v]]);
    cases.push(['%d items', [3n]], ['%s %r', ['a', 'b']], ['%s', ['a', 'b']], ['%s %s', ['a']],
      ['%*d|', [5n, 42n]], ['%-*d|', [5n, 42n]], ['%.*f', [2n, 3.14159]], ['no args', []],
      ['%d%%', [50n]], ['%c', [0x110000n]], ['%c', ['ab']], ['%x', [1.5]], ['%d', [1.9]]);
    check(cases);
  });
});
