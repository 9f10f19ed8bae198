import fc from 'fast-check';
import { sample } from './seeded-sample';
import { describe, expect, it } from 'vitest';
import { python } from './python-json';
import {
  hashBool,
  hashBytes,
  hashFloat,
  hashFrozenset,
  hashInt,
  hashNone,
  hashObject,
  hashStr,
  hashTuple,
} from './hash';


/** a hashable Python value described as JSON, so both sides can build it */
type Value =
  | { readonly kind: 'int'; readonly value: bigint }
  | { readonly kind: 'float'; readonly value: number }
  | { readonly kind: 'str'; readonly value: string }
  | { readonly kind: 'bytes'; readonly value: readonly number[] }
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'tuple'; readonly items: readonly Value[] }
  | { readonly kind: 'frozenset'; readonly items: readonly Value[] };

function floatHex(value: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return Array.from(new Uint8Array(view.buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function toWire(value: Value): unknown {
  switch (value.kind) {
    case 'int':
      return ['int', value.value.toString()];
    case 'float':
      return ['float', floatHex(value.value)];
    case 'str':
      return ['str', value.value];
    case 'bytes':
      return ['bytes', value.value];
    case 'bool':
      return ['bool', value.value];
    case 'tuple':
    case 'frozenset':
      return [value.kind, value.items.map(toWire)];
    default: {
      const never: never = value;
      return never;
    }
  }
}

/** CPython's frozenset drops equal members; a test set never has two equal members */
function hashOf(value: Value): bigint {
  switch (value.kind) {
    case 'int':
      return hashInt(value.value);
    case 'float':
      return hashFloat(value.value);
    case 'str':
      return hashStr(value.value);
    case 'bytes':
      return hashBytes(Uint8Array.from(value.value));
    case 'bool':
      return hashBool(value.value);
    case 'tuple':
      return hashTuple(value.items.map(hashOf));
    case 'frozenset':
      return hashFrozenset(value.items.map(hashOf));
    default: {
      const never: never = value;
      return never;
    }
  }
}

const PY_HASHES = `
import json, struct, sys
def build(v):
    kind, data = v
    if kind == 'int': return int(data)
    if kind == 'float': return struct.unpack('>d', bytes.fromhex(data))[0]
    if kind == 'str': return data
    if kind == 'bytes': return bytes(data)
    if kind == 'bool': return data
    if kind == 'tuple': return tuple(build(x) for x in data)
    if kind == 'frozenset': return frozenset(build(x) for x in data)
print(json.dumps([str(hash(build(v))) for v in json.load(sys.stdin)]))
`;

function expectSameHashes(values: readonly Value[]): void {
  const expected = python(PY_HASHES, values.map(toWire)) as string[];
  const actual = values.map((value) => hashOf(value).toString());
  const mismatches = values
    .map((value, index) => ({ value: JSON.stringify(toWire(value)), expected: expected[index], actual: actual[index] }))
    .filter((row) => row.expected !== row.actual);
  expect(mismatches).toEqual([]);
}

const int = (value: bigint | number): Value => ({ kind: 'int', value: BigInt(value) });
const float = (value: number): Value => ({ kind: 'float', value });
const str = (value: string): Value => ({ kind: 'str', value });
const tuple = (...items: Value[]): Value => ({ kind: 'tuple', items });

describe('hash() against python3 (PYTHONHASHSEED=0)', () => {
  it('hashes chosen ints, bools, floats, strings, bytes, tuples and frozensets', () => {
    const modulus = (1n << 61n) - 1n;
    const ints = [0n, 1n, -1n, -2n, 2n, 42n, -42n, modulus - 1n, modulus, modulus + 1n, -modulus, 2n ** 64n, -(2n ** 64n), 10n ** 40n, -(10n ** 40n), 2n ** 63n - 1n, -(2n ** 63n)].map(int);
    const floats = [0, -0, 1, -1, 0.5, -0.5, 1.5, 0.1, 1e300, -1e300, 5e-324, 2 ** 61, 2 ** 64, 3.141592653589793, Infinity, -Infinity, 1e-10, 123456789.125].map(float);
    const strings = ['', 'a', 'ab', 'hello', 'abcdefgh', 'abcdefghi', 'héllo', 'ÿ', 'Ā', '€uro', '日本語', '😀', 'a😀b', '\u{10ffff}', '\ud800', 'x'.repeat(100)].map(str);
    const others: Value[] = [
      { kind: 'bool', value: true },
      { kind: 'bool', value: false },
      { kind: 'bytes', value: [] },
      { kind: 'bytes', value: [0, 1, 2, 255] },
      tuple(),
      tuple(int(1)),
      tuple(int(1), int(2)),
      tuple(int(-1)),
      tuple(tuple(), tuple(tuple())),
      tuple(str('a'), float(1.5), tuple(int(3), str('😀'))),
      { kind: 'frozenset', items: [] },
      { kind: 'frozenset', items: [int(1), int(2), int(3)] },
      { kind: 'frozenset', items: [str('a'), tuple(int(1), int(2))] },
    ];
    expectSameHashes([...ints, ...floats, ...strings, ...others]);
  });

  it('hashes random values like CPython', () => {
    const leaf: fc.Arbitrary<Value> = fc.oneof(
      fc.bigInt({ min: -(2n ** 130n), max: 2n ** 130n }).map(int),
      fc.integer().map(int),
      fc.double({ noNaN: true }).map(float),
      fc.string({ unit: 'binary', maxLength: 20 }).map(str),
      fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map(str),
    );
    const value = fc.oneof(
      { weight: 3, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(fc.oneof(leaf, fc.array(leaf, { maxLength: 3 }).map((items) => tuple(...items))), { maxLength: 5 }).map((items) => tuple(...items)) },
    );
    expectSameHashes(sample(value, 2000));
  });

  it('hashes None, NaN and plain objects by identity', () => {
    const rows = python(
      `
import json, sys
nan = float('nan'); o = object(); n2 = float('nan')
print(json.dumps([[str(hash(x)), str(id(x))] for x in (None, nan, o, n2)]))
`,
      null,
    ) as [string, string][];
    const [none, nan, object, nan2] = rows.map(([hash, id]) => ({ hash, id: BigInt(id) }));
    expect(hashNone(none!.id).toString()).toBe(none!.hash);
    expect(hashFloat(NaN, nan!.id).toString()).toBe(nan!.hash);
    expect(hashFloat(NaN, nan2!.id).toString()).toBe(nan2!.hash);
    expect(hashObject(object!.id).toString()).toBe(object!.hash);
  });
});
