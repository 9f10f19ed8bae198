// CPython 3.11's hash() for 64-bit builds (Python/pyhash.c, Objects/*object.c).
// Every function returns the signed Py_hash_t as a bigint in [-2**63, 2**63). CPython never
// returns -1 from a hash (it is the error code), so each path maps -1 to -2 the way CPython does.
// Strings use SipHash-1-3 keyed with zeros: the key CPython derives from PYTHONHASHSEED=0
// (sys.hash_info: algorithm='siphash13', cutoff=0), which is how the engine and its oracle run.

const MASK64 = (1n << 64n) - 1n;
/** _PyHASH_MODULUS: the Mersenne prime 2**61 - 1 used for numeric hashes */
export const HASH_MODULUS = (1n << 61n) - 1n;
/** _PyHASH_INF */
export const HASH_INF = 314159n;

/** reinterpret the low 64 bits of `value` as a signed Py_hash_t */
export function toSigned64(value: bigint): bigint {
  return BigInt.asIntN(64, value);
}

/** -1 is CPython's error marker; every tp_hash turns it into -2 */
function avoidMinusOne(hash: bigint): bigint {
  return hash === -1n ? -2n : hash;
}

/** `long_hash` in Objects/longobject.c: |x| mod (2**61-1), with x's sign */
export function hashInt(value: bigint): bigint {
  const magnitude = value < 0n ? -value : value;
  const reduced = magnitude % HASH_MODULUS;
  return avoidMinusOne(value < 0n ? -reduced : reduced);
}

export function hashBool(value: boolean): bigint {
  return value ? 1n : 0n;
}

/**
 * `_Py_HashPointer` in Python/pyhash.c: the address rotated right by 4 bits (object
 * addresses are 16-byte aligned, so the low bits carry no information).
 * `identity` is the object's id(), i.e. its address.
 */
export function hashPointer(identity: bigint | number): bigint {
  const address = BigInt.asUintN(64, BigInt(identity));
  const rotated = ((address >> 4n) | (address << 60n)) & MASK64;
  return avoidMinusOne(toSigned64(rotated));
}

/** 3.11 has no fixed hash for None: it is `object.__hash__`, i.e. `_Py_HashPointer(id(None))` */
export function hashNone(identity: bigint | number): bigint {
  return hashPointer(identity);
}

/** default `object.__hash__` for instances of classes that do not define `__hash__` */
export function hashObject(identity: bigint | number): bigint {
  return hashPointer(identity);
}

const float64 = new Float64Array(1);
const float64Bits = new BigUint64Array(float64.buffer);

/**
 * `_Py_HashDouble` in Python/pyhash.c: the hash of the exact rational value m * 2**e reduced
 * mod 2**61-1 (so integral floats hash like the equal int); ±inf → ±314159; NaN hashes by
 * identity since 3.10, so `identity` (the float object's id) is needed only for NaN.
 */
export function hashFloat(value: number, identity: bigint | number = 0): bigint {
  if (Number.isNaN(value)) return hashPointer(identity);
  if (value === Infinity) return HASH_INF;
  if (value === -Infinity) return -HASH_INF;
  if (value === 0) return 0n;
  float64[0] = value;
  const bits = float64Bits[0]!;
  const negative = bits >> 63n === 1n;
  const biasedExponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  // value = mantissa * 2**exponent exactly
  const mantissa = biasedExponent === 0 ? fraction : fraction | (1n << 52n);
  const exponent = (biasedExponent === 0 ? 1 : biasedExponent) - 1075;
  // 2**61 ≡ 1 (mod 2**61-1), so 2**e ≡ 2**(e mod 61), also for negative e (2**-k is the inverse)
  const shift = BigInt(((exponent % 61) + 61) % 61);
  const reduced = ((mantissa % HASH_MODULUS) << shift) % HASH_MODULUS;
  return avoidMinusOne(negative ? -reduced : reduced);
}

/**
 * The bytes CPython hashes for a str: its PEP 393 compact representation, 1 byte per code
 * point when every code point is < 256, 2 (little-endian UCS-2) when < 65536, else 4 (UCS-4).
 * JS strings are UTF-16; a lone surrogate is one code point, as in Python.
 */
export function unicodeData(text: string): Uint8Array {
  const codePoints = Array.from(text, (char) => char.codePointAt(0)!);
  let maxChar = 0;
  for (const codePoint of codePoints) maxChar = Math.max(maxChar, codePoint);
  const kind = maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4;
  const data = new Uint8Array(codePoints.length * kind);
  codePoints.forEach((codePoint, index) => {
    for (let byte = 0; byte < kind; byte++) {
      data[index * kind + byte] = (codePoint >>> (8 * byte)) & 0xff;
    }
  });
  return data;
}

const rotl = (x: bigint, bits: bigint): bigint => ((x << bits) | (x >> (64n - bits))) & MASK64;

/** `siphash13` in Python/pyhash.c (one compression round, three finalization rounds) */
export function siphash13(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    // HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
    v0 = (v0 + v1) & MASK64;
    v2 = (v2 + v3) & MASK64;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & MASK64;
    v0 = (v0 + v3) & MASK64;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const wholeWords = data.length >> 3;
  for (let word = 0; word < wholeWords; word++) {
    let message = 0n;
    for (let byte = 7; byte >= 0; byte--) message = (message << 8n) | BigInt(data[word * 8 + byte]!);
    v3 ^= message;
    round();
    v0 ^= message;
  }
  let last = BigInt(data.length & 0xff) << 56n;
  for (let byte = data.length - 1; byte >= wholeWords * 8; byte--) {
    last |= BigInt(data[byte]!) << BigInt(8 * (byte - wholeWords * 8));
  }
  v3 ^= last;
  round();
  v0 ^= last;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1 ^ v2 ^ v3) & MASK64;
}

/** `_Py_HashBytes` with the PYTHONHASHSEED=0 key: 0 for empty input, else SipHash-1-3 */
export function hashBytes(data: Uint8Array): bigint {
  if (data.length === 0) return 0n;
  return avoidMinusOne(toSigned64(siphash13(0n, 0n, data)));
}

/** `unicode_hash` in Objects/unicodeobject.c */
export function hashStr(text: string): bigint {
  return hashBytes(unicodeData(text));
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** `tuplehash` in Objects/tupleobject.c (xxHash-based since 3.8), given the items' hashes */
export function hashTuple(itemHashes: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const itemHash of itemHashes) {
    const lane = BigInt.asUintN(64, itemHash);
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = rotl(acc, 31n);
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796n;
  return toSigned64(acc);
}

/** `_shuffle_bits` in Objects/setobject.c */
function shuffleBits(hash: bigint): bigint {
  const h = BigInt.asUintN(64, hash);
  return (((h ^ 89869747n) ^ ((h << 16n) & MASK64)) * 3644798167n) & MASK64;
}

/**
 * `frozenset_hash` in Objects/setobject.c. CPython xors over the whole table and then cancels
 * the empty and dummy slots, so the result depends only on the members' hashes.
 */
export function hashFrozenset(memberHashes: readonly bigint[]): bigint {
  let hash = 0n;
  for (const memberHash of memberHashes) hash ^= shuffleBits(memberHash);
  hash ^= ((BigInt(memberHashes.length) + 1n) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) hash = 590923713n;
  return toSigned64(hash);
}
