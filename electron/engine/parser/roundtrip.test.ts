// Our parser against CPython's on a corpus covering the whole subset: identical trees, positions
// included (CPython's own ast module is the oracle, via cpython_ast.py).

import { describe, expect, it } from 'vitest';
import { parse } from './index';
import { ROUNDTRIP_CORPUS } from './roundtrip-corpus';
import { canonical, cpythonParse } from './test-oracle';

const expected = cpythonParse(ROUNDTRIP_CORPUS);

describe('round trip against CPython ast.parse', () => {
  it('covers a broad corpus', () => {
    expect(ROUNDTRIP_CORPUS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(ROUNDTRIP_CORPUS.map((src, i) => [JSON.stringify(src).slice(0, 60), i] as const))('%s', (_name, i) => {
    const oracle = expected[i]!;
    if (!('ok' in oracle)) throw new Error(`CPython rejects corpus entry: ${JSON.stringify(oracle)}`);
    expect(canonical(parse(ROUNDTRIP_CORPUS[i]!))).toEqual(oracle.ok);
  });
});
