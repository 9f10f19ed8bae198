// Python int arithmetic over bigint: floor division, modulo, shifts, powers and true division
// with CPython's semantics and error messages.
import { divRoundHalfEven } from './decimal-digits';
import { pyError } from './py-error';

export function intFloorDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
  const q = a / b;
  // bigint division truncates; Python floors
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export function intMod(a: bigint, b: bigint): bigint {
  if (b === 0n) throw pyError('ZeroDivisionError', 'integer modulo by zero');
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

export function intDivmod(a: bigint, b: bigint): [bigint, bigint] {
  if (b === 0n) throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** guards JS's own bigint size limit, which CPython would meet as MemoryError */
function withMemoryGuard<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RangeError) throw pyError('MemoryError', '');
    throw error;
  }
}

export function intLeftShift(a: bigint, count: bigint): bigint {
  if (count < 0n) throw pyError('ValueError', 'negative shift count');
  if (a === 0n) return 0n;
  return withMemoryGuard(() => a << count);
}

export function intRightShift(a: bigint, count: bigint): bigint {
  if (count < 0n) throw pyError('ValueError', 'negative shift count');
  // bigint >> floors like Python; very large counts leave the sign only
  if (count > BigInt(bitLength(a))) return a < 0n ? -1n : 0n;
  return a >> count;
}

/** int ** non-negative int (negative exponents are float powers: see numbers.ts) */
export function intPowNonNegative(base: bigint, exponent: bigint): bigint {
  if (base === 0n || base === 1n) return exponent === 0n ? 1n : base;
  if (base === -1n) return exponent % 2n === 0n ? 1n : -1n;
  return withMemoryGuard(() => base ** exponent);
}

/** pow(base, exponent, modulus) */
export function intModPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  if (modulus === 0n) throw pyError('ValueError', 'pow() 3rd argument cannot be 0');
  const negativeModulus = modulus < 0n;
  const m = negativeModulus ? -modulus : modulus;
  if (m === 1n) return 0n;
  let b = ((base % m) + m) % m;
  let e = exponent;
  if (e < 0n) {
    b = modInverse(b, m);
    e = -e;
  }
  let result = 1n;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return negativeModulus && result !== 0n ? result - m : result;
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyError('ValueError', 'base is not invertible for the given modulus');
  return ((oldS % m) + m) % m;
}

/** int.bit_length() */
export function bitLength(a: bigint): number {
  if (a === 0n) return 0;
  const magnitude = a < 0n ? -a : a;
  if (magnitude <= 0xffffffffn) return 32 - Math.clz32(Number(magnitude));
  const hex = magnitude.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

const EXACT_LIMIT = 1n << 53n;

/** a / b for ints, correctly rounded like CPython's long_true_divide */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) throw pyError('ZeroDivisionError', 'division by zero');
  const negative = (a < 0n) !== (b < 0n);
  const n = a < 0n ? -a : a;
  const d = b < 0n ? -b : b;
  if (n <= EXACT_LIMIT && d <= EXACT_LIMIT) return Number(a) / Number(b);
  const magnitude = ratioToFloat(n, d);
  if (magnitude === Infinity) {
    throw pyError('OverflowError', 'integer division result too large for a float');
  }
  return negative ? -magnitude : magnitude;
}

/** n/d (n >= 0, d > 0) correctly rounded to a double, half to even; Infinity when too large */
export function ratioToFloat(n: bigint, d: bigint): number {
  if (n === 0n) return 0;
  // 2**e <= n/d < 2**(e+1)
  let e = bitLength(n) - bitLength(d);
  if (e >= 0 ? n < d << BigInt(e) : n << BigInt(-e) < d) e--;
  if (e >= 1024) return Infinity;
  // the unit in the last place of the result: 2**(e-52), or the subnormal unit 2**-1074
  const unitExponent = Math.max(e - 52, -1074);
  const q =
    unitExponent <= 0
      ? divRoundHalfEven(n << BigInt(-unitExponent), d)
      : divRoundHalfEven(n, d << BigInt(unitExponent));
  return Number(q) * 2 ** unitExponent;
}
