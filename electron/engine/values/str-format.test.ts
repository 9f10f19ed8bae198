import { describe, expect, it } from 'vitest';
import { formatFloat, formatInt, formatStr } from './format';
import { floatRepr } from './float-repr';
import { mismatches, ours, pyEvalBatch } from './python-batch';
import { strFormat, type StrFormatHooks } from './str-format';
import { strRepr } from './str-repr';

// Arguments as CPython sees them: 0 -> 'ab', 1 -> 42, 2 -> 3.5, 3 -> [10, 20]; x='kw', p=(1.5, 'z')
const positional: unknown[] = ['ab', 42n, 3.5, [10n, 20n]];
const keywords: Record<string, unknown> = { x: 'kw', p: [1.5, 'z'] };
const PY_ARGS = "'ab', 42, 3.5, [10, 20], x='kw', p=(1.5, 'z')";

function show(obj: unknown, asRepr: boolean): string {
  if (typeof obj === 'bigint') return obj.toString();
  if (typeof obj === 'number') return floatRepr(obj);
  if (typeof obj === 'string') return asRepr ? strRepr(obj) : obj;
  throw new Error('not needed');
}

const hooks: StrFormatHooks = {
  positional,
  keyword: (name) => keywords[name],
  getAttr: (obj, name) => {
    if (typeof obj === 'number' && name === 'real') return obj;
    throw new Error(`no attribute ${name}`);
  },
  getItem: (obj, key) => (obj as unknown[])[Number(key)],
  str: (obj) => show(obj, false),
  repr: (obj) => show(obj, true),
  ascii: (obj) => show(obj, true),
  format: (obj, spec) => {
    if (typeof obj === 'bigint') return spec === '' ? obj.toString() : formatInt(obj, spec);
    if (typeof obj === 'number') return formatFloat(obj, spec);
    return formatStr(obj as string, spec);
  },
};

describe('str.format', () => {
  it('matches CPython', () => {
    const templates = [
      '{}', '{} {}', '{0} {1} {0}', '{x}', '{0!r:>5}', '{{}}', '{{{0}}}', '{1:05d}', '{2:.3f}', '{3[1]}',
      '{p[0]}', '{p[1]!r}', '{2.real}', '{0:{1}}', '{1:{x}}', '{0:>{1}}', '{:{}}', '{} {0}', '{0} {}',
      '{9}', '{y}', '}', '{', 'a}b', '{0!x}', '{0!r', '{0!rr}', '{0:', '{0.}', '{3[1}', '{3[0]x}',
      'plain text', '{0:^9}|{1:<4}|{2:+}', '{!s}', '{!a}', '{0:{1}{1}}', '{0:{{}}}', '{0[}',
    ];
    const expressions = templates.map((t) => `${JSON.stringify(t)}.format(${PY_ARGS})`);
    const expected = pyEvalBatch(expressions);
    const actual = templates.map((t) => ours(() => strFormat(t, hooks)));
    expect(mismatches(expressions, expected, actual, 15)).toEqual([]);
  });
});
