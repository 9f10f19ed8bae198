// Exact decimal digits of a double, as CPython's _Py_dg_dtoa produces them: mode 0 (shortest
// round-trip), mode 2 (n significant digits) and mode 3 (n digits after the point), always
// rounding the exact binary value half-to-even. JS's toFixed/toPrecision round ties away from
// zero, so modes 2 and 3 are done with bigint arithmetic.

/** digits without trailing zeros ('' when mode 3 rounds to zero); value = 0.DIGITS * 10**decpt */
export interface DecimalDigits {
  readonly digits: string;
  readonly decpt: number;
}

const scratch = new DataView(new ArrayBuffer(8));

/** |x| = mantissa * 2**exponent exactly, for finite x */
export function decompose(x: number): { mantissa: bigint; exponent: number } {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const top = hi & 0xfffff;
  let mantissa = (BigInt(top) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa, exponent: -1074 };
  mantissa |= 1n << 52n;
  return { mantissa, exponent: biased - 1075 };
}

/** |x| as the fraction num/den */
function asFraction(x: number): { num: bigint; den: bigint } {
  const { mantissa, exponent } = decompose(x);
  return exponent >= 0
    ? { num: mantissa << BigInt(exponent), den: 1n }
    : { num: mantissa, den: 1n << BigInt(-exponent) };
}

const powersOfTen: bigint[] = [1n];
export function pow10(n: number): bigint {
  while (powersOfTen.length <= n) powersOfTen.push(powersOfTen[powersOfTen.length - 1]! * 10n);
  return powersOfTen[n]!;
}

/** round num/den (both > 0) to an integer, ties to even */
export function divRoundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twiceRem = (num - q * den) * 2n;
  if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** num/den * 10**shift rounded half-even, shift of either sign */
function scaledRound(num: bigint, den: bigint, shift: number): bigint {
  return shift >= 0
    ? divRoundHalfEven(num * pow10(shift), den)
    : divRoundHalfEven(num, den * pow10(-shift));
}

function stripZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

/** mode 0: the shortest digits that read back as x (x finite, sign ignored) */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const text = Math.abs(x).toExponential();
  const e = text.indexOf('e');
  const digits = text[0]! + (e > 1 ? text.slice(2, e) : '');
  return { digits, decpt: Number(text.slice(e + 1)) + 1 };
}

/** mode 3: x rounded to `ndigits` digits after the point (ndigits may be negative) */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const { num, den } = asFraction(x);
  const rounded = scaledRound(num, den, ndigits);
  if (rounded === 0n) return { digits: '', decpt: -ndigits };
  const text = rounded.toString();
  return { digits: stripZeros(text), decpt: text.length - ndigits };
}

/** mode 2: x rounded to `count` (>= 1) significant digits */
export function significantDigits(x: number, count: number): DecimalDigits {
  if (x === 0) return { digits: '0', decpt: 1 };
  const { num, den } = asFraction(x);
  // k = floor(log10(|x|)), estimated then corrected exactly
  let k = Math.floor(Math.log10(Math.abs(x)));
  const atLeast = (power: number): boolean =>
    power >= 0 ? num >= den * pow10(power) : num * pow10(-power) >= den;
  while (!atLeast(k)) k--;
  while (atLeast(k + 1)) k++;
  const rounded = scaledRound(num, den, count - 1 - k);
  if (rounded === pow10(count)) return { digits: '1', decpt: k + 2 };
  return { digits: stripZeros(rounded.toString()), decpt: k + 1 };
}
