// How big an int is, for the memory budget and for refusing work before it starts. CPython
// stores an int as 30-bit digits (Include/cpython/longintrepr.h): 24 bytes of header, 4 per digit.

const SMALL = 1n << 62n;

/** The number of bits of |x| (int.bit_length). */
export function bitLength(x: bigint): number {
  if (x < 0n) x = -x;
  if (x === 0n) return 0;
  if (x < SMALL) return x.toString(2).length;
  const hex = x.toString(16);
  return (hex.length - 1) * 4 + parseInt(hex[0]!, 16).toString(2).length;
}

/** sys.getsizeof of an int with this many bits (28 for 0 and any int of one digit). */
export function intBytesForBits(bits: number): number {
  return 24 + 4 * Math.max(1, Math.ceil(bits / 30));
}

/** What an int object counts toward the memory budget: 32 (as every small object) unless it is big. */
export function intObjectBytes(value: bigint): number {
  if (value > -SMALL && value < SMALL) return 32;
  return intBytesForBits(bitLength(value));
}

/**
 * The bits of `a op b`'s result for the operations whose result can be far larger than their
 * operands: a power, a product, a left shift. Null when the result is small or not an int.
 */
export function resultBits(op: '**' | '*' | '<<', a: bigint, b: bigint): number | null {
  switch (op) {
    case '**': {
      if (b < 2n || a === 0n || a === 1n || a === -1n) return null;
      if (b < 64n && a > -SMALL && a < SMALL) return null; // at most 62 * 63 bits
      // log2|a| per factor (exact enough for a small base; the bit length bounds a big one)
      const magnitude = a < 0n ? -a : a;
      const perFactor = magnitude < 1n << 53n ? Math.log2(Number(magnitude)) : bitLength(magnitude);
      // an exponent this size could never fit anyway
      return b > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Math.ceil(perFactor * Number(b));
    }
    case '*':
      // the common case, two machine-sized ints, costs two comparisons
      if (a > -SMALL && a < SMALL && b > -SMALL && b < SMALL) return null;
      return bitLength(a) + bitLength(b);
    case '<<':
      if (b <= 0n || a === 0n || (b < 64n && a > -SMALL && a < SMALL)) return null;
      return b > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : bitLength(a) + Number(b);
  }
}

/**
 * A rough estimate (calibrated on a 2-core build machine under load: a 3.3-million-bit power in
 * about 0.25 s, a 33-million-bit one in about 3 s) of the milliseconds V8 needs to compute a
 * power or product with a result this large. It only has to tell "a moment" from "a minute".
 */
export function bigIntMillis(bits: number): number {
  return 61 * Math.pow(bits / 1e6, 1.11);
}
